"""gunicorn settings for one node of the portal: `gunicorn -c deploy/gunicorn.conf.py unionportal.wsgi`.

Environment: PORTAL_BIND (default 127.0.0.1:8001; one port per node on a host), WEB_CONCURRENCY
(workers, default 2 per core plus one), GUNICORN_TIMEOUT (seconds, default 60).
"""

import multiprocessing
import os

bind = os.environ.get("PORTAL_BIND", "127.0.0.1:8001")
workers = int(os.environ.get("WEB_CONCURRENCY", 2 * multiprocessing.cpu_count() + 1))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
# On a restart, requests already begun are finished while nginx sends new ones to the other nodes.
graceful_timeout = 30
keepalive = 5
# The portal is imported once, by the master, and each worker is a fork of it: a worker replaced below
# starts in milliseconds instead of importing Django and the apps again (about a second, during which
# a node of two workers serves with one: measured as p99s of 400-600 ms under the benchmark's crowd).
preload_app = True
# A worker is replaced after this many requests, so a slow leak never grows without bound.
max_requests = 20000
max_requests_jitter = 2000
# Only nginx on this host talks to gunicorn; it alone may say the request came over HTTPS.
forwarded_allow_ips = "127.0.0.1,::1"
accesslog = "-"
errorlog = "-"
# Reader addresses come from X-Real-IP, which nginx sets (CLIENT_ADDRESS_HEADER).
access_log_format = '%({x-real-ip}i)s "%(r)s" %(s)s %(B)s %(M)sms "%(a)s"'
proc_name = "unionportal"
