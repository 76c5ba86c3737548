"""Two app servers behind one load balancer share everything (issue #14, point 5).

Two gunicorn processes with production settings, on two ports, use the same PostgreSQL
(this test's database), the same Redis and the same S3-compatible object store (moto's
server on loopback). What one of them is given, the other serves: an image or a
document uploaded through one, a purge of the page cache after a publish on one; failed
sign-ins (axes, in the database) and form floods (rate limits, in Redis) count on both
together. Each server has its own empty media folder: nothing passes through a disk.

Runs on PostgreSQL with Redis at STATELESS_REDIS_URL (redis://127.0.0.1:6379/12);
skipped locally without them, failing in CI. The servers start once for the module
(booting them and collecting the static files is most of its time).
"""

import io
import json
import os
import re
import secrets
import subprocess
import sys
import time
import urllib.request
import uuid
from http.client import HTTPConnection
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.db import connection
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from home.models import ContentPage
from portal import renditions
from tests.factories import create_coaching_page, create_shop


pytestmark = [pytest.mark.two_servers, pytest.mark.django_db(transaction=True)]

ROOT = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent
REDIS_URL = os.environ.get("STATELESS_REDIS_URL", "redis://127.0.0.1:6379/12")
BUCKET = "vitrine-media"
PASSWORD = "correct horse battery staple"
XDIST_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "main")
SITE_HOST = "localhost"  # the public name the load balancer passes on to every server


def stranger_address():
    """An address of its own per run: rate-limit counters outlive a test in Redis."""
    return f"2001:db8::{secrets.randbelow(0xFFFF):x}:{secrets.randbelow(0xFFFF):x}"


def _unavailable(message):
    if os.environ.get("CI"):
        pytest.fail(message)  # CI starts PostgreSQL and Redis: their absence is a failure
    pytest.skip(message)


@pytest.fixture(scope="module")
def services(django_db_setup, django_db_blocker):
    """This test database's URL, once PostgreSQL and Redis are known to be there."""
    with django_db_blocker.unblock():
        if connection.vendor != "postgresql":
            pytest.skip("two app servers share PostgreSQL: set DATABASE_URL to run this test")
        db = connection.settings_dict
    import redis

    try:
        redis.Redis.from_url(REDIS_URL, socket_timeout=2).ping()
    except redis.RedisError:
        _unavailable(f"no Redis at {REDIS_URL} (set STATELESS_REDIS_URL)")
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    host = db.get("HOST") or "127.0.0.1"
    return f"postgres://{db['USER']}{password}@{host}:{db.get('PORT') or 5432}/{db['NAME']}"


@pytest.fixture(scope="module")
def object_store():
    """moto's S3 server on loopback, with the bucket policy the README asks for."""
    import boto3
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    s3 = boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="moto",
        aws_secret_access_key="moto",
    )
    s3.create_bucket(Bucket=BUCKET)
    s3.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps(public_images_policy(BUCKET)))
    server.endpoint, server.s3 = endpoint, s3
    yield server
    server.stop()


def public_images_policy(bucket):
    """Anyone may read images and their renditions; documents stay behind the app."""
    return {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": [
                    f"arn:aws:s3:::{bucket}/original_images/*",
                    f"arn:aws:s3:::{bucket}/images/*",
                ],
            }
        ],
    }


class AppServer:
    def __init__(self, name, port, media_root, process, log, env):
        self.name, self.port, self.media_root = name, port, media_root
        self.process, self.log, self.env = process, log, env

    def __repr__(self):
        return f"app server {self.name} (:{self.port})"


def _free_port():
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(server):
    for _ in range(150):
        if server.process.poll() is not None:
            break
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{server.port}/healthz", timeout=2)  # noqa: S310
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{server} did not start:\n{server.log.read_text()[-3000:]}")


@pytest.fixture(scope="module")
def app_servers(services, object_store, tmp_path_factory):
    """Servers A and B: gunicorn.conf.py, production settings, nothing but the shared
    services in common."""
    host, port = object_store.get_host_and_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": services,
        "REDIS_URL": REDIS_URL,
        "AWS_STORAGE_BUCKET_NAME": BUCKET,
        "AWS_S3_ENDPOINT_URL": object_store.endpoint,
        "AWS_S3_REGION_NAME": "us-east-1",
        "AWS_ACCESS_KEY_ID": "moto",
        "AWS_SECRET_ACCESS_KEY": "moto",
        # Images as a CDN in front of the bucket would give them (path-style here).
        "AWS_S3_CUSTOM_DOMAIN": f"{host}:{port}/{BUCKET}",
        "AWS_S3_URL_PROTOCOL": "http:",
        # Kept, so that later runs copy less; one per xdist worker, which collect at once.
        "STATIC_ROOT": str(ROOT / "build" / f"stateless-static-{XDIST_WORKER}"),
        "GUNICORN_ACCESS_LOG": "",
    }
    # Before the servers boot: WhiteNoise and the manifest storage read the files then.
    subprocess.run(  # noqa: S603
        [str(VENV_BIN / "python"), "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=ROOT,
        env=env,
        check=True,
    )
    servers = []
    for name in ("A", "B"):
        media_root = tmp_path_factory.mktemp(f"media-{name}")
        log = tmp_path_factory.mktemp(f"log-{name}") / "gunicorn.log"
        port = _free_port()
        server_env = {**env, "MEDIA_ROOT": str(media_root)}
        process = subprocess.Popen(  # noqa: S603
            [str(VENV_BIN / "gunicorn"), "portal.wsgi", "--bind", f"127.0.0.1:{port}"]
            + ["--workers", "1", "--threads", "4", "--log-level", "warning"],
            cwd=ROOT,
            env=server_env,
            stdout=subprocess.DEVNULL,
            stderr=log.open("w"),
        )
        servers.append(AppServer(name, port, media_root, process, log, server_env))
    try:
        for server in servers:
            _wait_until_up(server)
        yield servers
    finally:
        for server in servers:
            server.process.terminate()
        for server in servers:
            server.process.wait(timeout=30)


class Response:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    @property
    def text(self):
        return self.body.decode()


class Visitor:
    """One browser: its cookies (sent to every server: they are one site behind the load
    balancer), its address as the TLS proxy reports it, no redirect followed."""

    def __init__(self, address=None):
        self.cookies = {}
        self.address = address

    def request(self, server, method, path, fields=None, files=None):
        headers = {
            "Host": SITE_HOST,
            "X-Forwarded-Proto": "https",
            "Origin": f"https://{SITE_HOST}",
            "Referer": f"https://{SITE_HOST}{path}",
        }
        if self.address:
            headers["X-Forwarded-For"] = self.address
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if files:
            body, headers["Content-Type"] = multipart(fields, files)
        elif fields is not None:
            body = urlencode(fields, doseq=True).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn = HTTPConnection("127.0.0.1", server.port, timeout=30)
        try:
            conn.request(method, path, body=body, headers=headers)
            answer = conn.getresponse()
            response = Response(answer.status, answer.headers, answer.read())
        finally:
            conn.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                if morsel["max-age"] == "0" or not morsel.value:
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value
        return response

    def get(self, server, path):
        return self.request(server, "GET", path)

    def post_form(self, server, path, fields, files=None, form_path=None):
        """GET the form (for its CSRF token), then POST it."""
        form = self.get(server, form_path or path)
        assert form.status == 200, (server, path, form.status)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
        return self.request(server, "POST", path, {**fields, "csrfmiddlewaretoken": token}, files)

    def sign_in(self, server, username, password):
        return self.post_form(
            server, "/admin/login/", {"username": username, "password": password, "next": "/admin/"}
        )


def multipart(fields, files):
    boundary = uuid.uuid4().hex
    parts = []
    for name, value in fields.items():
        head = f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
        parts.append(f"{head}{value}\r\n".encode())
    for name, (filename, content, content_type) in files.items():
        head = (
            f"--{boundary}\r\nContent-Disposition: form-data; "
            f'name="{name}"; filename="{filename}"\r\nContent-Type: {content_type}\r\n\r\n'
        )
        parts.append(head.encode() + content + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def anonymous_get(server, path):
    return Visitor().get(server, path)


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as answer:  # noqa: S310 (moto on loopback)
        return answer.status, answer.read()


def png(width, height, colour):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def editor_password(editor):
    """The editor's password, hashed as production checks it (tests hash with MD5)."""
    editor.password = PBKDF2PasswordHasher().encode(PASSWORD, PBKDF2PasswordHasher().salt())
    editor.save(update_fields=["password"])
    return PASSWORD


def signed_in_editor(server, editor):
    visitor = Visitor()
    answer = visitor.sign_in(server, editor.username, PASSWORD)
    assert answer.status == 302, answer.text[:2000]
    assert "sessionid" in visitor.cookies
    return visitor


def test_uploads_through_one_server_are_served_by_the_other(
    app_servers, object_store, shop_index, editor, editor_password
):
    server_a, server_b = app_servers
    editor_session = signed_in_editor(server_a, editor)
    title = f"Vitrine de la fleuriste {uuid.uuid4().hex[:6]}"

    uploaded = editor_session.post_form(
        server_a,
        "/admin/images/add/",
        {
            "title": title,
            "description": "Des bouquets de tulipes sur le comptoir",
            "collection": str(Collection.get_first_root_node().pk),
            "tags": "",
        },
        files={"file": ("tulipes.png", png(640, 480, (200, 30, 90)), "image/png")},
    )

    assert uploaded.status == 302, uploaded.text[:2000]
    image = get_image_model().objects.get(title=title)
    stored = object_store.s3.head_object(Bucket=BUCKET, Key=image.file.name)
    assert stored["ContentLength"] > 0
    # The same sign-in holds on B (sessions are in the database); B reads the original
    # from the bucket to make a size it never saw.
    preview = editor_session.get(server_b, f"/admin/images/{image.pk}/preview/fill-200x100/")
    assert preview.status == 200
    assert Image.open(io.BytesIO(preview.body)).size == (200, 100)

    # A resident on B sees the image on the shop page, loaded from the object store:
    # the original until the task worker has made its renditions, then those.
    with renditions.held():  # this test process has no bucket: the worker below has
        shop = create_shop(shop_index, title=f"Fleurs {uuid.uuid4().hex[:6]}", logo=image)
    host, port = object_store.get_host_and_port()
    media = f"http://{host}:{port}/{BUCKET}/"

    def logo_size(page, folder):
        assert page.status == 200
        assert f"http://{host}:{port}" in page.headers["Content-Security-Policy"]
        found = re.search(rf'<img[^>]+src="({re.escape(media + folder)}/[^"]+)"', page.text)
        status, body = fetch(found.group(1))
        assert status == 200
        return Image.open(io.BytesIO(body)).size

    assert logo_size(anonymous_get(server_b, shop.url), "original_images") == (640, 480)
    # The worker, wherever it runs, writes the renditions B asked for into the bucket.
    subprocess.run(  # noqa: S603
        [str(VENV_BIN / "python"), "manage.py", "db_worker", "--batch", "--no-startup-delay"],
        cwd=ROOT,
        env=server_a.env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    page = anonymous_get(server_b, f"{shop.url}?after-the-worker")  # not B's earlier copy
    assert logo_size(page, "images") == (96, 96)  # the logo's fallback rendition

    # A document is in the bucket too, but only the app hands it out (a private
    # collection's restrictions are checked there): the bucket refuses it to a stranger.
    uploaded = editor_session.post_form(
        server_a,
        "/admin/documents/add/",
        {"title": title, "collection": str(Collection.get_first_root_node().pk), "tags": ""},
        files={"file": ("braderie.txt", b"Braderie le 6 juin.", "text/plain")},
    )
    assert uploaded.status == 302, uploaded.text[:2000]
    document = get_document_model().objects.get(title=title)
    served = anonymous_get(server_b, document.url)
    assert served.status == 200
    assert served.body == b"Braderie le 6 juin."
    with pytest.raises(HTTPError) as refused:
        fetch(media + document.file.name)
    assert refused.value.code == 403
    for server in app_servers:
        assert list(server.media_root.iterdir()) == [], f"{server} wrote to its own disk"


def test_a_publish_on_one_server_purges_the_cached_page_on_the_other(
    app_servers, home_pages, editor, editor_password
):
    server_a, server_b = app_servers
    page = home_pages["fr"].add_child(
        instance=ContentPage(
            title="Horaires du marché",
            slug=f"horaires-du-marche-{uuid.uuid4().hex[:6]}",
            body="<p>Le marché se tient le dimanche.</p>",
            locale=home_pages["fr"].locale,
        )
    )
    page.save_revision().publish()
    path = page.url

    assert "le dimanche" in anonymous_get(server_b, path).text  # rendered by B, stored
    from_a = anonymous_get(server_a, path)
    assert "Age" in from_a.headers, "A did not find the copy B stored in Redis"
    # An editor's draft changes nothing for readers until it is published.
    page.body = "<p>Le marché se tient désormais le samedi.</p>"
    page.save_revision()
    assert "le dimanche" in anonymous_get(server_b, path).text

    editor_session = signed_in_editor(server_a, editor)
    published = editor_session.post_form(
        server_a,
        f"/admin/bulk/wagtailcore/page/publish/?id={page.pk}&next=/admin/",
        {"include_descendants": ""},
    )

    assert published.status == 302, published.text[:2000]
    fresh = anonymous_get(server_b, path)
    assert "désormais le samedi" in fresh.text
    assert "Age" not in fresh.headers


def test_failed_sign_ins_and_form_floods_are_counted_across_both_servers(
    app_servers, home_pages, editor, editor_password
):
    server_a, server_b = app_servers
    attacker = Visitor(address=stranger_address())  # as the TLS proxy saw it
    limit = settings.AXES_FAILURE_LIMIT  # 5
    answers = [attacker.sign_in(server_a, editor.username, f"guess-{n}") for n in range(3)]
    answers += [attacker.sign_in(server_b, editor.username, f"guess-{n}") for n in range(3, limit)]

    # Three on A and two on B: neither server alone saw five, together they did.
    assert [a.status for a in answers] == [200] * (limit - 1) + [429]
    assert "Connexion suspendue" in answers[-1].text
    for server in app_servers:  # even the right password, from that address, waits
        refused = attacker.sign_in(server, editor.username, PASSWORD)
        assert refused.status == 429
        assert "sessionid" not in attacker.cookies
    # The editor, from the city hall's address, is not locked out by a stranger.
    city_hall = Visitor(address="198.51.100.20")
    assert city_hall.sign_in(server_b, editor.username, PASSWORD).status == 302

    # The coaching form's limit (five requests per address and hour) counts in Redis.
    path = create_coaching_page(home_pages["fr"])["fr"].url
    flooder = Visitor(address=stranger_address())
    answers = [flooder.post_form(server_a, path, {"email": "x"}) for _ in range(3)]
    answers += [flooder.post_form(server_b, path, {"email": "x"}) for _ in range(3)]

    assert [a.status for a in answers] == [200] * 5 + [429]
    assert flooder.post_form(server_a, path, {"email": "x"}).status == 429
    neighbour = Visitor(address=stranger_address())
    assert neighbour.post_form(server_a, path, {"email": "x"}).status == 200
