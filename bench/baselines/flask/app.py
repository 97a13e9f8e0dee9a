"""The seed, as a baseline for bench/run.sh: the Webex blog post's Flask sample, done the way it does it.

GRANT links to Webex's authorize URL with a hard-coded state; /oauth checks that state and exchanges the code with
requests.post; the tokens live in Flask's signed cookie session; /spaces lists the first page of the user's rooms
(GET /v1/rooms) through a Jinja template, refreshing once on a 401. Flask's development server runs it, threaded as
it is by default.

What the seed had hard-coded comes from the environment here, so that it can point at the benchmark's Webex
stand-in: WEBEX_CLIENT_ID, WEBEX_CLIENT_SECRET, WEBEX_REDIRECT_URI, WEBEX_API_BASE_URL (https://webexapis.com/v1),
PORT (10071), FLASK_SECRET_KEY (random).
"""
import os
from datetime import datetime, timezone
from urllib.parse import urlencode

import requests
from flask import Flask, render_template, request, session

API = os.environ.get("WEBEX_API_BASE_URL", "https://webexapis.com/v1")
CLIENT_ID = os.environ["WEBEX_CLIENT_ID"]
CLIENT_SECRET = os.environ["WEBEX_CLIENT_SECRET"]
REDIRECT_URI = os.environ["WEBEX_REDIRECT_URI"]
STATE = "set_state_here"  # hard-coded, as in the seed

app = Flask(__name__)
app.secret_key = os.environ.get("FLASK_SECRET_KEY") or os.urandom(24)


@app.route("/")
def main_page():
    authorize = API + "/authorize?" + urlencode({"client_id": CLIENT_ID, "response_type": "code",
                                                 "redirect_uri": REDIRECT_URI, "scope": "spark:rooms_read",
                                                 "state": STATE})
    return render_template("index.html", authorize=authorize, granted=False)


@app.route("/oauth")
def oauth():
    if request.args.get("state") != STATE:
        return render_template("index.html", authorize=None, granted=False, problem="State does not match."), 400
    get_tokens({"grant_type": "authorization_code", "code": request.args.get("code"), "redirect_uri": REDIRECT_URI})
    return render_template("index.html", granted=True)


def get_tokens(grant):
    """Exchanges a code or a refresh token, and keeps both tokens in the session."""
    payload = dict(grant, client_id=CLIENT_ID, client_secret=CLIENT_SECRET)
    headers = {"accept": "application/json", "content-type": "application/x-www-form-urlencoded"}
    resp = requests.post(API + "/access_token", data=payload, headers=headers)
    resp.raise_for_status()
    tokens = resp.json()
    session["oauth_token"] = tokens["access_token"]
    session["refresh_token"] = tokens["refresh_token"]


def list_rooms():
    headers = {"accept": "application/json", "Authorization": "Bearer " + session["oauth_token"]}
    # the first page only; max=100 is also Webex's default page size
    return requests.get(API + "/rooms", params={"max": 100}, headers=headers)


@app.route("/spaces")
def spaces():
    resp = list_rooms()
    if resp.status_code == 401:
        get_tokens({"grant_type": "refresh_token", "refresh_token": session["refresh_token"]})
        resp = list_rooms()
    resp.raise_for_status()
    return render_template("spaces.html", rooms=resp.json()["items"], now=datetime.now(timezone.utc))


@app.template_filter("ago")
def ago(timestamp, now):
    """'3 hours ago', as the app's /spaces says it."""
    seconds = (now - datetime.fromisoformat(timestamp.replace("Z", "+00:00"))).total_seconds()
    if seconds < 45:
        return "just now"
    for unit, size, limit in (("minute", 60, 60), ("hour", 3600, 24), ("day", 86400, 30)):
        if seconds / size < limit:
            n = max(1, int(seconds // size))
            return f"{n} {unit}{'' if n == 1 else 's'} ago"
    days = int(seconds // 86400)
    n, unit = (days // 30, "month") if days < 365 else (days // 365, "year")
    return f"{n} {unit}{'' if n == 1 else 's'} ago"


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "10071")))
