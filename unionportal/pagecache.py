"""Whole public pages kept for anonymous readers, and the Cache-Control every public page carries.

What is kept: the answer to a GET from a browser that holds none of PAGE_CACHE_BYPASS_COOKIES
(no session, so no staff or signed-in reader; no poll vote, so no results shown to this browser
alone), for a page under PAGE_CACHE_URL_NAMESPACES or named in PAGE_CACHE_URL_NAMES, when it is
a plain 200 that sets no cookie and is not marked private (preview links are `never_cache`). It
is kept in the default cache: Redis with REDIS_URL, shared by every node; otherwise memory
private to each process.

How it is dropped: by one *generation* token in that same cache, which is part of every entry.
Saving or deleting any row of the public apps (PAGE_CACHE_APPS; signals, on commit) writes a new
token, so the next request on any node finds its entry from another generation and renders the
page afresh. One token rather than keys per page, because what a change touches is wide and hard
to list (an article is on the home page, its section, its tags, the feeds, the search, the
sitemap, its campaign's page…): a publishing portal changes a few times an hour and is read
thousands of times in between, so starting over after each change costs little and is never
wrong. The token is read with the page in one round trip to the cache (get_many), and read
before the view runs, so a page rendered while a change commits is kept under the old token and
never served. Each process trusts the token it read for PAGE_CACHE_NEAR_SECONDS (one second) and
serves what it read meanwhile from its own memory (NearCopies): a change made elsewhere reaches its
readers a second later at most.

Time, too, changes pages: a scheduled article appears at its publishing time, a pin ends, a poll
opens or closes, a slide's window opens or closes, the running line's anniversaries turn at
midnight. PAGE_CACHE_SCHEDULE names the function that gives the next such moment after a given
time; no entry is kept past it. It is worked out once per generation (a few queries) and kept
beside the token.

Pieces of pages are kept the same way, by `kept_with_pages`, even with the page cache off: what
every page shares (the portal's chrome: menu, banner, running line, side column; portal/chrome.py)
and the rendered pieces templates mark with {% kept %} (unionportal/templatetags/kept.py): the
home page's news, an article as everyone sees it, a page of a list. A page rendered afresh reads
each with one round trip to the cache, and they are made again after the same changes as the pages.

Reads of an article served from the cache are still counted: the view notes them on its response
(`note`), and `page_served_from_cache` is sent with that note on every hit.
"""

import hashlib
import math
import secrets
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.dispatch import Signal
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.module_loading import import_string

from unionportal import replica

GENERATION_KEY = "pages:generation"
# Sent with `request` and `note` (what the view noted on the response) when a page comes from the cache.
page_served_from_cache = Signal()


def pages_changed():
    """Every kept page, on every node, is out of date from now on."""
    generation = secrets.token_hex(8)
    cache.set(GENERATION_KEY, generation, timeout=None)
    near.note_generation(generation)  # this process's readers see the change at once


def pages_change_on_commit():
    """Drop the kept pages once the current transaction commits (at once outside one)."""
    transaction.on_commit(pages_changed)


def current_generation():
    """The token, started if the cache has none (new, restarted, or it let the token go): a page kept
    under an earlier token, or none, is then never served."""
    cache.add(GENERATION_KEY, secrets.token_hex(8), timeout=None)
    return cache.get(GENERATION_KEY)


def model_changed(sender, **kwargs):
    """Receiver of post_save, post_delete and m2m_changed for every model (unionportal/apps.py)."""
    if shows_on_pages(sender):
        pages_change_on_commit()


def shows_on_pages(model):
    meta = model._meta
    if meta.auto_created:  # a many-to-many table: the model that holds the field decides
        model = next(field.related_model for field in meta.fields if field.related_model)
        meta = model._meta
    return meta.app_label in settings.PAGE_CACHE_APPS and meta.label not in settings.PAGE_CACHE_IGNORED_MODELS


def note(response, **facts):
    """Record on a page's response what must happen again each time it is served from the cache."""
    response.page_cache_note = facts
    return response


class PageCacheMiddleware:
    """Listed before SecurityMiddleware and the rest: a page served from the cache skips them all, and
    is stored with the headers they added (HSTS, CSP, Permissions-Policy…)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_anonymous_read(request):
            return mark_personal(request, self.get_response(request))
        if not settings.PAGE_CACHE_SECONDS:
            return mark_public(request, self.get_response(request))

        key = page_key(request)
        generation, entry = look_up(key)
        if entry:
            return served(request, entry)

        started = timezone.now()
        response = mark_public(request, self.get_response(request))
        if request.method == "GET" and is_public_page(request, response):
            store(key, response, generation=generation, started=started)
        response["X-Page-Cache"] = "miss"
        return response


def is_anonymous_read(request):
    if request.method not in ("GET", "HEAD"):
        return False
    return not any(name in request.COOKIES for name in settings.PAGE_CACHE_BYPASS_COOKIES)


def page_key(request):
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    return "pages:page:" + hashlib.sha256(address.encode()).hexdigest()


def is_public_page(request, response):
    """A page anyone may be given: a public view's plain 200, no cookie set, not marked private."""
    match = getattr(request, "resolver_match", None)
    if match is None or response.status_code != 200 or response.streaming or response.cookies:
        return False
    if not (set(match.namespaces) & set(settings.PAGE_CACHE_URL_NAMESPACES)) and (
        match.url_name not in settings.PAGE_CACHE_URL_NAMES
    ):
        return False
    cache_control = response.get("Cache-Control", "")
    return not any(word in cache_control for word in ("private", "no-store", "no-cache"))


def mark_public(request, response):
    """A public page to an anonymous reader: any cache may keep it for a few seconds.

    No `Vary: Cookie`: the cookies that change a page (PAGE_CACHE_BYPASS_COOKIES) make the request
    a personal one, which neither this cache nor nginx's serves, and whose answer is private.
    """
    if not is_public_page(request, response):
        return response
    patch_cache_control(
        response,
        public=True,
        max_age=settings.PUBLIC_CACHE_SECONDS,
        stale_while_revalidate=settings.PUBLIC_CACHE_STALE_SECONDS,
    )
    if getattr(response, "page_cache_note", None):
        # What must happen on each view (a read counted) happens only if the view reaches a node:
        # shared caches (nginx's micro-cache) must not answer for it. This cache replays the note.
        patch_cache_control(response, s_maxage=0)
    vary = [value.strip() for value in response.get("Vary", "").split(",") if value.strip()]
    vary = [value for value in vary if value.lower() != "cookie"]
    if vary:
        response["Vary"] = ", ".join(vary)
    elif "Vary" in response:
        del response["Vary"]
    return response


def mark_personal(request, response):
    """A public page shown to a signed-in or voting browser: kept by that browser alone, if at all."""
    match = getattr(request, "resolver_match", None)
    if match is not None and "Cache-Control" not in response:
        patch_cache_control(response, private=True, no_cache=True)
    return response


def store(key, response, *, generation, started):
    expires = min(started.timestamp() + settings.PAGE_CACHE_SECONDS, next_change(generation, started))
    timeout = expires - time.time()
    if timeout < 1:
        return
    entry = {
        "generation": generation,
        "expires": expires,
        "content": response.content,
        "headers": list(response.headers.items()),
        "note": getattr(response, "page_cache_note", None),
    }
    keep(key, entry, timeout=math.ceil(timeout))


def next_change(generation, now):
    """The timestamp of the next scheduled change on any page after `now` (a page rendered at `now`
    is good until then), worked out once per generation and kept beside it until that moment."""
    key = f"pages:next-change:{generation}"
    worked_out = cache.get(key)
    if worked_out and worked_out["from"] <= now.timestamp() < worked_out["next"]:
        return worked_out["next"]
    found = import_string(settings.PAGE_CACHE_SCHEDULE)(now)
    worked_out = {"from": now.timestamp(), "next": found.timestamp() if found else math.inf}
    cache.set(key, worked_out, timeout=max(settings.PAGE_CACHE_SECONDS, settings.PAGE_PIECES_SECONDS))
    return worked_out["next"]


def kept_with_pages(key, make):
    """What `make()` returns, kept in the default cache under `key` for as long as a kept page would
    be: until anything of PAGE_CACHE_APPS changes (the generation) or the next scheduled change, and
    PAGE_PIECES_SECONDS at most.

    Kept even when the page cache is off (PAGE_CACHE_SECONDS=0): it holds what every page shares, so
    a page rendered afresh costs one cache read for it. The token is read with it in one round trip,
    and before `make()` runs, so what is made while a change commits is kept under the old token.
    What is made, and when it next changes (the schedule), is read from the primary: kept for everyone
    until the next change, it must not come from a replica that has not yet replayed that change.
    """
    with replica.reads_from_primary():
        generation, entry = look_up(key)
        if entry:
            return entry["value"]
        started = timezone.now()
        value = make()
        expires = min(next_change(generation, started), started.timestamp() + settings.PAGE_PIECES_SECONDS)
    timeout = math.ceil(expires - time.time())
    if timeout >= 1:
        keep(key, {"generation": generation, "expires": expires, "value": value}, timeout=timeout)
    return value


def piece_key(kind, *parts):
    """The key of a piece kept with the pages: its kind, and what tells one copy of it from another."""
    told_apart = "|".join(str(part) for part in parts)
    return f"pages:{kind}:{hashlib.sha256(told_apart.encode()).hexdigest()[:32]}"


def look_up(key):
    """(generation, entry): the current generation and what is kept under `key` for it, else None.

    One round trip to the cache for both, unless this process read the generation in the last
    PAGE_CACHE_NEAR_SECONDS and holds the entry itself (NearCopies).
    """
    generation = near.recent_generation()
    if generation is not None:
        entry = near.get(key)
        if is_current(entry, generation):
            return generation, entry
    found = cache.get_many([GENERATION_KEY, key])
    generation = found.get(GENERATION_KEY) or current_generation()
    near.note_generation(generation)
    entry = found.get(key)
    if not is_current(entry, generation):
        return generation, None
    near.put(key, entry)
    return generation, entry


def is_current(entry, generation):
    return entry is not None and entry["generation"] == generation and time.time() < entry["expires"]


def keep(key, entry, *, timeout):
    cache.set(key, entry, timeout=timeout)
    near.put(key, entry)


class NearCopies:
    """What this process last read from or wrote to the cache, used again for PAGE_CACHE_NEAR_SECONDS
    without asking the cache.

    A round trip to Redis costs as much as serving a kept page: so each process trusts the
    generation it read for that long, and keeps the entries it served, PAGE_CACHE_NEAR_BYTES at most,
    the least recently used going first. A change made in this process is seen here at once
    (pages_changed); one made on another node or in another process reaches this process's readers
    that much later, well within the seconds a proxy may keep a page anyway (PUBLIC_CACHE_SECONDS).
    Off (0) without Redis: the cache is this process's own then.
    """

    def __init__(self):
        self.lock = threading.Lock()
        self.clear()

    def clear(self):
        self.entries = OrderedDict()  # key -> (entry, size)
        self.size = 0
        self.generation, self.generation_read_at = None, -math.inf

    def recent_generation(self):
        if time.monotonic() - self.generation_read_at < settings.PAGE_CACHE_NEAR_SECONDS:
            return self.generation
        return None

    def note_generation(self, generation):
        self.generation, self.generation_read_at = generation, time.monotonic()

    def get(self, key):
        with self.lock:
            kept = self.entries.get(key)
            if kept is None:
                return None
            self.entries.move_to_end(key)
            return kept[0]

    def put(self, key, entry):
        if not settings.PAGE_CACHE_NEAR_SECONDS:
            return
        content = entry.get("content", entry.get("value"))
        size = len(content) if isinstance(content, (str, bytes)) else 16_384  # the chrome: a few KB pickled
        with self.lock:
            self.forget(key)
            self.entries[key] = (entry, size)
            self.size += size
            while self.size > settings.PAGE_CACHE_NEAR_BYTES:
                self.forget(next(iter(self.entries)))

    def forget(self, key):
        kept = self.entries.pop(key, None)
        if kept is not None:
            self.size -= kept[1]


near = NearCopies()


def served(request, entry):
    response = HttpResponse(entry["content"], headers=dict(entry["headers"]))
    response["X-Page-Cache"] = "hit"
    if entry["note"]:
        page_served_from_cache.send(sender=PageCacheMiddleware, request=request, note=entry["note"])
    return response
