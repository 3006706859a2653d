"""Demo content for trying the portal locally, for the deploy check and for benchmarks.

Not product code: installed by the development settings, and by the production settings only
when PORTAL_DEMO=1. It fills every app, so it imports them all; nothing imports it.
`manage.py demo` loads it in order. Each module here fills one app from the plain records of
the module of the same name in `data/`; `photos.py` draws the pictures, `accounts.py` makes the logins.
"""
