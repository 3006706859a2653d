"""nginx run from a folder of its own with the portal's site configuration (deploy/nginx), as Debian's
/etc/nginx/nginx.conf would include it: the deploy check's and the benchmark's.

    site = render_site(work, host=..., http_port=..., https_port=..., nodes=[port, …], media_root=...)
    command = write_config(work, site)  # then: [*command, "-g", "daemon off;"]
"""

import os
import subprocess
from pathlib import Path

RENDER = Path(__file__).resolve().parent / "nginx" / "render"


def render_site(work, *, host, http_port, https_port, nodes, media_root=None, media_bucket_url=None):
    """The site configuration deploy/nginx/render writes, with a self-signed certificate for `host` in `work`."""
    values = {
        "PORTAL_HOST": host,
        "PORTAL_HTTP_PORT": str(http_port),
        "PORTAL_HTTPS_PORT": str(https_port),
        "PORTAL_TLS_CERTIFICATE": str(work / "tls.crt"),
        "PORTAL_TLS_KEY": str(work / "tls.key"),
        "PORTAL_NODES": " ".join(f"server 127.0.0.1:{port};" for port in nodes),
        "PORTAL_CACHE_DIR": str(work / "nginx-cache"),
    }
    if media_bucket_url:
        values["PORTAL_MEDIA_BUCKET_URL"] = media_bucket_url
    else:
        values["PORTAL_MEDIA_ROOT"] = str(media_root)
    openssl = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", f"/CN={host}"]
    openssl += ["-addext", f"subjectAltName=DNS:{host}", "-keyout", values["PORTAL_TLS_KEY"]]
    openssl += ["-out", values["PORTAL_TLS_CERTIFICATE"]]
    subprocess.run(openssl, check=True, capture_output=True)
    return subprocess.run([str(RENDER)], env=os.environ | values, capture_output=True, text=True, check=True).stdout


def write_config(work, site):
    """Write nginx.conf around the site into `work`; the nginx command that uses it (tested with -t first)."""
    (work / "unionportal.conf").write_text(site)
    (work / "nginx.conf").write_text(
        f"""
user {os.environ.get("USER", "root") if os.geteuid() == 0 else "nobody"};
worker_processes 2;
pid {work}/nginx.pid;
error_log {work}/nginx-error.log;
events {{ worker_connections 512; }}
http {{
    sendfile on;
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log {work}/nginx-access.log;
    client_body_temp_path {work}/nginx-body;
    proxy_temp_path {work}/nginx-proxy;
    fastcgi_temp_path {work}/nginx-fastcgi;
    uwsgi_temp_path {work}/nginx-uwsgi;
    scgi_temp_path {work}/nginx-scgi;
    include {work}/unionportal.conf;
}}
"""
    )
    command = ["nginx", "-p", str(work), "-c", str(work / "nginx.conf")]
    tested = subprocess.run([*command, "-t"], capture_output=True, text=True, check=False)
    if tested.returncode:
        raise RuntimeError(f"nginx -t refused the rendered configuration:\n{tested.stderr}")
    return command
