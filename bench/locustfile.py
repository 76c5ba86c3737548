"""Mixed resident traffic on the demo site, for Locust (run it through bench/load.py).

Home pages in four languages, the directory, shop pages, stories, the finder with words
and filters, free slots as JSON and, rarely, a booking. Refuses any host but 127.0.0.1.

The users are Locust's ``FastHttpUser``: on the 2-core machine Locust shares the cores
with the site, and its default client spent about as much CPU per request as a cached
page costs gunicorn, so the figures measured Locust as much as the site.
"""

import random
import re
import secrets
import urllib.request
from datetime import date, timedelta

from locust import FastHttpUser, between, events, task


LANGUAGES = ("fr", "nl", "de", "en")
FINDER = {
    "fr": "/fr/trouver-un-commerce/",
    "nl": "/nl/winkel-zoeken/",
    "de": "/de/geschaeft-finden/",
    "en": "/en/find-a-shop/",
}
WORDS = ("fleur", "pain", "vélo", "livre", "bio", "couture", "optique", "praline")
FILTERS = ("open=1", "booking=1", "delivery=1", "sort=name", "page=2")
CSRF_COOKIE = re.compile(r"csrftoken=([^;,\s]+)")
LINK = re.compile(r'href="(/(?:fr|nl|de|en)/[^"?#]+/)"')


class Site:
    """Page addresses, found once before the users start."""

    shops, stories, services = [], [], []


def children(html, prefix):
    return [url for url in LINK.findall(html) if url.startswith(prefix) and url != prefix]


@events.test_start.add_listener
def discover(environment, **kwargs):
    host = environment.host or ""
    if not host.startswith("http://127.0.0.1:"):
        raise SystemExit("bench/locustfile.py only runs against http://127.0.0.1:<port>")

    def get(path):
        with urllib.request.urlopen(host + path, timeout=60) as response:  # noqa: S310
            return response.read().decode()

    for path in ("/fr/commerces/", "/nl/winkels/"):
        Site.shops += children(get(path), path)
    Site.stories = children(get("/fr/histoires/"), "/fr/histoires/")
    for shop in Site.shops[:12]:
        Site.services += re.findall(r"/fr/reservation/(\d+)/", get(shop))
    Site.services = sorted(set(Site.services)) or ["1"]


class Resident(FastHttpUser):
    wait_time = between(0.5, 2)

    @task(4)
    def home(self):
        self.client.get(f"/{random.choice(LANGUAGES)}/", name="home")

    @task(8)
    def shop_page(self):
        self.client.get(random.choice(Site.shops), name="shop page")

    @task(2)
    def directory(self):
        self.client.get("/fr/commerces/", name="directory")

    @task(2)
    def story(self):
        if Site.stories:
            self.client.get(random.choice(Site.stories), name="story")

    @task(3)
    def finder(self):
        lang = random.choice(LANGUAGES)
        query = f"q={random.choice(WORDS)}&{random.choice(FILTERS)}"
        self.client.get(f"{FINDER[lang]}?{query}", name="finder")

    @task(2)
    def slots(self):
        start = date.today() + timedelta(days=random.randint(0, 20))
        span = f"from={start}&to={start + timedelta(days=6)}"
        service = random.choice(Site.services)
        self.client.get(f"/fr/reservation/{service}/slots.json?{span}", name="slots.json")

    @task(1)
    def booking(self):
        service = random.choice(Site.services)
        page = self.client.get(f"/fr/reservation/{service}/", name="booking form")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)
        slot = re.search(r'name="slot" value="([^"]+)"', page.text)
        submission = re.search(r'name="submission" value="([^"]*)"', page.text)
        if not (token and slot):
            return
        data = {
            "csrfmiddlewaretoken": token.group(1),
            "submission": submission.group(1) if submission else "",
            "slot": slot.group(1),
            "name": "Bench Resident",
            "email": f"bench-{secrets.token_hex(6)}@example.org",
            "consent": "on",
        }
        # Production cookies are Secure: over plain HTTP on loopback, send it by hand.
        sent = CSRF_COOKIE.search(page.headers.get("Set-Cookie", "") if page.headers else "")
        if not sent:
            return
        cookie = f"csrftoken={sent.group(1)}"
        with self.client.post(
            f"/fr/reservation/{service}/",
            data,
            name="booking",
            catch_response=True,
            headers={"Cookie": cookie},
        ) as response:
            # The limit per address (every user comes from one host), and "this slot was
            # just taken" when two residents pick the same last seat: the right answers.
            if response.status_code in (409, 429):
                response.success()
