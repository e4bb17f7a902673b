"""Real-world inputs (issue 4): saved web pages, URLs served from 127.0.0.1, legacy encodings and
mojibake, Markdown, typography. No test touches the internet."""
from __future__ import annotations

import http.server
import json
import re
import socket
import threading
import time
import unicodedata

import pytest
from typer.testing import CliRunner

from briefcli import web
from briefcli.cli import app
from briefcli.errors import InputError
from briefcli.inputs import decode, looks_like_html, read, repair_mojibake

from .conftest import SAMPLES, USER_ARTICLE, check_offsets

runner = CliRunner()
PAGES = SAMPLES / "pages"
INDEX = json.loads((PAGES / "index.json").read_text(encoding="utf-8"))["pages"]
USER_TEXT = USER_ARTICLE.read_text(encoding="utf-8")
PARAGRAPHS = USER_TEXT.split("\n")

# A page as a news site serves it: the article among a cookie banner, a menu, a "Lire aussi"
# block, scripts and a footer, with its metadata in <head>.
BOILERPLATE = ["Nous utilisons des cookies", "Accueil", "Abonnez-vous", "Lire aussi", "Le G20 se réunit à Rio",
               "Mentions légales", "dataLayer", "Conditions générales"]
PAGE = """<!DOCTYPE html>
<html lang="fr"><head>
<meta charset="{charset}">
<title>Poutine à Pékin : 22 accords signés - Le Quotidien</title>
<meta property="og:site_name" content="Le Quotidien">
<meta name="author" content="Marie Dupont">
<meta property="article:published_time" content="2024-05-17T08:00:00+02:00">
<link rel="canonical" href="https://www.lequotidien.example/monde/poutine-pekin-22-accords">
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"page": "article"}});</script>
</head><body>
<div class="cookie-banner" id="cookies">Nous utilisons des cookies pour améliorer votre expérience. <button>Accepter</button></div>
<header><nav class="menu"><ul><li><a href="/">Accueil</a></li><li><a href="/monde">Monde</a></li>
<li><a href="/eco">Économie</a></li><li><a href="/abo">Abonnez-vous</a></li></ul></nav></header>
<main><article>
<h1>Poutine à Pékin : 22 accords signés</h1>
<p class="byline">Par Marie Dupont, le 17 mai 2024</p>
{paragraphs}
<aside class="related"><h2>Lire aussi</h2><ul><li><a href="/g20">Le G20 se réunit à Rio</a></li>
<li><a href="/gaz">Le gaz russe vers l'Asie</a></li></ul></aside>
</article></main>
<footer><ul><li><a href="/legal">Mentions légales</a></li><li><a href="/cgv">Conditions générales</a></li></ul>
© Le Quotidien 2024</footer>
</body></html>
"""


def page_html(charset: str = "utf-8") -> str:
    return PAGE.format(charset=charset, paragraphs="\n".join(f"<p>{p}</p>" for p in PARAGRAPHS))


@pytest.fixture(scope="module")
def validator():
    import jsonschema

    from briefcli.schema import BRIEF

    return jsonschema.Draft202012Validator(BRIEF)


# --- the saved news pages of samples/pages ------------------------------------------------


@pytest.mark.parametrize("page", INDEX, ids=[p["file"] for p in INDEX])
def test_saved_page_main_text(page):
    article = read(str(PAGES / page["file"]))
    for snippet in page["main_text_contains"]:
        assert snippet in article.text
    for snippet in page["main_text_excludes"]:
        assert snippet not in article.text
        assert snippet not in (article.title or "")
    assert article.title
    assert article.meta["text"] == article.text
    if page["url"] and "url" in article.meta:
        assert article.meta["url"] == page["url"]


def test_saved_page_metadata():
    article = read(str(PAGES / "ledevoir.com.trottinettes.html"))
    assert article.title == "La fin des trottinettes en libre-service à Montréal"
    assert article.meta["author"] == "Jeanne Corriveau"
    assert article.meta["date"] == "2020-02-19"
    assert article.meta["site"] == "Le Devoir"
    # the site's name glued to a title goes, and so does the byline repeated as a paragraph
    bondy = read(str(PAGES / "bondyblog.fr.paris-8.html"))
    assert bondy.title == "A Paris-8, un peu de tension, beaucoup d'actions"
    assert "Kab NIANG" not in bondy.text and "Crédit photo" not in bondy.text


def test_a_lead_set_as_a_bare_div_is_kept():
    # L'Opinion puts its standfirst in a <div> beside the <p> paragraphs, which trafilatura skips
    text = read(str(PAGES / "lopinion.fr.glyphosate.html")).text
    assert text.startswith("Un jugement ne fait pas une vérité scientifique.")
    assert "La firme Bayer, propriétaire de Monsanto, a été condamnée" in text


def test_every_saved_page_briefs(validator):
    files = [str(PAGES / p["file"]) for p in INDEX]
    result = runner.invoke(app, ["brief", "-f", "json", *files])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"]["name"] for r in records] == files
    for page, record in zip(INDEX, records):
        validator.validate(record)
        assert record["source"]["language"] == "fr"
        text = record["source"]["text"]
        check_offsets(record, text)
        for snippet in page["main_text_contains"]:
            assert snippet in text
        dump = json.dumps(record, ensure_ascii=False)
        for snippet in page["main_text_excludes"]:
            assert snippet not in dump, (page["file"], snippet)


def test_gold_pages_are_evaluated():
    golds = sorted(PAGES.glob("*.gold.json"))
    assert len(golds) >= 3
    result = runner.invoke(app, ["evaluate", str(PAGES), "-f", "json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["documents"] == len(golds)
    assert {row["article"] for row in scores["articles"]} == {g.name[: -len(".gold.json")] + ".html" for g in golds}


# --- HTML files -----------------------------------------------------------------------------


def test_html_file_gives_the_article_and_its_metadata(tmp_path, validator):
    path = tmp_path / "page.html"
    path.write_text(page_html(), encoding="utf-8")
    result = runner.invoke(app, ["brief", "-f", "json", str(path)])
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    validator.validate(record)
    src = record["source"]
    assert record["title"] == "Poutine à Pékin : 22 accords signés"
    assert src["url"] == "https://www.lequotidien.example/monde/poutine-pekin-22-accords"
    assert src["date"] == "2024-05-17"
    assert src["author"] == "Marie Dupont"
    assert src["site"] == "Le Quotidien"
    assert src["text"].startswith(PARAGRAPHS[0])
    assert src["chars"] == len(src["text"])
    check_offsets(record, src["text"])
    dump = json.dumps(record, ensure_ascii=False)
    for snippet in BOILERPLATE:
        assert snippet not in dump, snippet
    assert {"Vladimir Poutine", "Pékin", "Gazprom"} <= {a["name"] for a in record["actors"]}
    assert [(q["text"], q["speaker"]) for q in record["quotes"]][0] == ("chaleureux", "Vladimir Poutine")


@pytest.mark.parametrize("charset, encoding", [("iso-8859-1", "latin-1"), ("windows-1252", "cp1252"),
                                               ("utf-8", "utf-8-sig"), ("utf-8", "utf-16")])
def test_html_in_other_encodings(tmp_path, charset, encoding):
    path = tmp_path / "page.htm"
    path.write_bytes(page_html(charset).encode(encoding))
    article = read(str(path))
    assert article.text.startswith(PARAGRAPHS[0])
    assert "président russe Vladimir Poutine à Pékin" in article.text


def test_html_declared_as_latin1_but_sent_as_utf8_is_repaired(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(page_html("iso-8859-1").encode("utf-8"))
    article = read(str(path))
    assert "président russe Vladimir Poutine à Pékin" in article.text
    assert article.meta["mojibake"] == "repaired"


def test_html_is_sniffed_whatever_the_name(tmp_path):
    path = tmp_path / "saved-page.txt"
    path.write_text(page_html(), encoding="utf-8")
    assert read(str(path)).title == "Poutine à Pékin : 22 accords signés"
    result = runner.invoke(app, ["brief", "-", "-f", "json"], input=page_html().encode("utf-8"))
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["source"]["site"] == "Le Quotidien"
    assert looks_like_html(b"\xef\xbb\xbf  <!doctype html><html><body></body></html>")
    assert not looks_like_html("Le <b>président</b> a parlé.".encode())


def test_html_without_article_text(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<!DOCTYPE html><html><head><title>Rien</title></head><body><nav><a href='/'>Accueil</a>"
                    "</nav></body></html>", encoding="utf-8")
    result = runner.invoke(app, ["brief", str(path)])
    assert result.exit_code == 1
    assert "no article text" in result.stderr and str(path) in result.stderr
    assert "Traceback" not in result.stderr


# --- URLs, served from 127.0.0.1 ---------------------------------------------------------------


class _Handler(http.server.BaseHTTPRequestHandler):
    user_agents: list[str] = []

    def log_message(self, *args):  # keep the test output clean
        pass

    def _send(self, code: int, body: bytes = b"", content_type: str | None = "text/html; charset=utf-8",
              length: bool = True, headers: dict | None = None):
        self.send_response(code)
        if content_type:
            self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up waiting (/slow)
            pass

    def do_GET(self):
        _Handler.user_agents.append(self.headers.get("User-Agent", ""))
        html = page_html().encode("utf-8")
        routes = {
            "/article": lambda: self._send(200, html),
            "/latin1": lambda: self._send(200, page_html("").replace('<meta charset="">', "").encode("latin-1"),
                                          "text/html; charset=ISO-8859-1"),
            "/untyped": lambda: self._send(200, html, content_type=None),
            "/nolength": lambda: self._send(200, html, length=False),
            "/moved": lambda: self._send(301, headers={"Location": "/article"}),
            "/loop": lambda: self._send(302, headers={"Location": "/loop"}),
            "/to-ftp": lambda: self._send(302, headers={"Location": "ftp://127.0.0.1/article"}),
            "/pdf": lambda: self._send(200, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "application/pdf"),
            "/slow": lambda: (time.sleep(1.5), self._send(200, html)),
        }
        routes.get(self.path, lambda: self._send(404, b"<h1>Not Found</h1>"))()


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def _no_proxy(no_proxy):
    """The local server is reached directly, whatever proxy the environment sets (conftest.no_proxy)."""


def test_url_is_fetched_and_briefed(server, validator):
    url = f"{server}/article"
    result = runner.invoke(app, ["brief", "-f", "json", url])
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    validator.validate(record)
    assert record["source"]["name"] == url
    assert record["source"]["url"] == "https://www.lequotidien.example/monde/poutine-pekin-22-accords"
    assert record["title"] == "Poutine à Pékin : 22 accords signés"
    check_offsets(record, record["source"]["text"])
    assert _Handler.user_agents[-1].startswith("briefcli/")


@pytest.mark.parametrize("path", ["/moved", "/untyped", "/nolength", "/latin1"])
def test_urls_that_read(server, path):
    article = read(f"{server}{path}")
    assert "président russe Vladimir Poutine à Pékin" in article.text
    assert article.title == "Poutine à Pékin : 22 accords signés"


@pytest.mark.parametrize("path, problem", [
    ("/missing", "HTTP 404 Not Found"),
    ("/pdf", "not a web page (the server sent application/pdf"),
    ("/loop", "too many redirects"),
    ("/to-ftp", "redirect to a ftp URL refused"),
])
def test_url_problems_give_one_clear_line(server, path, problem):
    url = f"{server}{path}"
    result = runner.invoke(app, ["brief", url])
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and problem in lines[0] and url in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def test_url_limits(server):
    with pytest.raises(InputError, match="no answer within 0.5 s"):
        web.fetch(f"{server}/slow", timeout=0.5)
    with pytest.raises(InputError, match="page too large"):
        web.fetch(f"{server}/article", max_bytes=1000)  # said by Content-Length
    with pytest.raises(InputError, match="page too large"):
        web.fetch(f"{server}/nolength", max_bytes=1000)  # found while reading
    with pytest.raises(InputError, match="too many redirects"):
        web.fetch(f"{server}/moved", max_redirects=0)


def test_unreachable_and_unsupported_urls():
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(InputError, match="connection refused"):
        read(f"http://127.0.0.1:{port}/article")
    for url in ("ftp://127.0.0.1/article.html", "file:///etc/hosts"):
        with pytest.raises(InputError, match="only http and https"):
            read(url)


def test_a_failed_url_among_several_inputs(server):
    result = runner.invoke(app, ["brief", "-f", "json", f"{server}/missing", f"{server}/article"])
    assert result.exit_code == 1
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first["error"]["type"] == "InputError" and "HTTP 404" in first["error"]["message"]
    assert second["source"]["site"] == "Le Quotidien"


# --- encodings and mojibake ----------------------------------------------------------------------

# French with the typography a Windows or Mac word processor writes; Latin-1 lacks ’ œ € …
TYPOGRAPHIC = USER_TEXT + "\n« Le coût de l’œuvre atteint 12 € », a-t-il précisé… Ça ira, dit Hélène.\n"


@pytest.mark.parametrize("text, encoding, reported", [
    (USER_TEXT, "utf-8", {"utf-8"}),
    (TYPOGRAPHIC, "utf-8-sig", {"utf-8-sig"}),
    (TYPOGRAPHIC, "utf-16", {"utf-16"}),
    (USER_TEXT, "latin-1", {"cp1252", "latin-1", "iso8859-1"}),
    (TYPOGRAPHIC, "cp1252", {"cp1252"}),
    (TYPOGRAPHIC, "mac_roman", {"mac_roman"}),
    ("Été à Noël, où ça ? « Déjà », dit-il.\n", "mac_roman", {"mac_roman"}),
    ("Été à Noël, où ça ? « Déjà », dit-il.\n", "cp1252", {"cp1252"}),
])
def test_french_text_decodes(tmp_path, text, encoding, reported):
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode(encoding))
    article = read(str(path))
    assert article.text == text
    assert article.meta["encoding"] in reported
    assert "text" not in article.meta  # the text is the input itself


def test_mac_roman_article_briefs(tmp_path):
    path = tmp_path / "mac.txt"
    path.write_bytes(TYPOGRAPHIC.encode("mac_roman"))
    result = runner.invoke(app, ["brief", "-f", "json", str(path)])
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    check_offsets(record, TYPOGRAPHIC)
    assert {"Vladimir Poutine", "Pékin", "Chine"} <= {a["name"] for a in record["actors"]}


@pytest.mark.parametrize("text, encoding", [
    ("Zażółć gęślą jaźń. Prezydent Polski przyjechał do Warszawy, gdzie podpisał umowę.\n", "cp1250"),
    ("Президент России Владимир Путин прибыл в Пекин.\n", "cp1251"),
    ("Türkiye Cumhuriyeti'nin başkenti Ankara'dır; İstanbul en büyük şehridir.\n", "cp1254"),
])
def test_other_legacy_encodings_keep_the_detected_one(text, encoding):
    assert decode(text.encode(encoding), "x")[0] == text


def test_mojibake_is_repaired_and_the_text_carried(tmp_path):
    broken = USER_TEXT.encode("utf-8").decode("cp1252", errors="strict")
    assert "prÃ©sident" in broken
    path = tmp_path / "mojibake.txt"
    path.write_text(broken, encoding="utf-8")
    article = read(str(path))
    assert article.text == USER_TEXT
    assert article.meta["mojibake"] == "repaired"
    result = runner.invoke(app, ["brief", "-f", "json", str(path)])
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["source"]["text"] == USER_TEXT
    assert record["source"]["mojibake"] == "repaired"
    check_offsets(record, USER_TEXT)
    assert any(a["name"] == "Pékin" for a in record["actors"])


def test_clean_text_is_left_alone():
    for text in (USER_TEXT, "SÃO PAULO et l’été", "Voilà Ã"):
        assert repair_mojibake(text)[0] == text
    assert repair_mojibake(USER_TEXT) == (USER_TEXT, None)


# --- Markdown ---------------------------------------------------------------------------------------

MARKDOWN = """# Poutine à **Pékin** : 22 accords signés

Le président russe **Vladimir Poutine** est arrivé à [Pékin](https://fr.wikipedia.org/wiki/P%C3%A9kin)
pour une visite _officielle_. Il a qualifié l'accueil de « *chaleureux* » et a signé 22 accords avec la
[Chine][chine].

![Vladimir Poutine à Pékin](photo.jpg)

## Énergie

> « Nous avons atteint un [niveau sans précédent](https://example.org/x) », a déclaré **le président russe**.

- Gazprom et la *China National Petroleum Corporation* ont signé un accord.

[chine]: https://example.org/chine
"""


def test_markdown_title_and_no_syntax_in_the_brief(tmp_path):
    path = tmp_path / "draft.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    result = runner.invoke(app, ["brief", "-f", "json", str(path)])
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["title"] == "Poutine à Pékin : 22 accords signés"
    text = record["source"]["text"]
    check_offsets(record, text)
    assert text.startswith("Le président russe Vladimir Poutine est arrivé à Pékin pour une visite officielle.")
    items = [s["text"] for s in record["summary"]] + [q["text"] for q in record["quotes"]] \
        + [a["name"] for a in record["actors"]] + [text]
    for item in items:
        for syntax in ("**", "](", "http", "[", "_", "#", "> ", "![", "*"):
            assert syntax not in item, (syntax, item)
    quotes = {q["text"]: q["speaker"] for q in record["quotes"]}
    assert quotes["chaleureux"] == "Vladimir Poutine"
    assert quotes["Nous avons atteint un niveau sans précédent"] == "Vladimir Poutine"


# --- typography ------------------------------------------------------------------------------------------

PLAIN = (
    "Le président russe Vladimir Poutine est arrivé à Pékin pour une visite officielle de deux jours. "
    "Il a qualifié l'accueil de \"chaleureux\" et a signé 22 accords bilatéraux avec la Chine, "
    "dont un accord de coopération sur l'énergie.\n"
    "\"Nous avons atteint un niveau sans précédent dans nos relations\", a déclaré le président russe. "
    "Le président chinois Xi Jinping a salué la confiance entre les deux pays : \"C'est un partenariat efficace\", "
    "a-t-il affirmé.\n"
    "Selon le ministre de l'Energie, les exportations de gaz vers la Chine atteindront 38 000 millions de mètres "
    "cubes, soit 12,5 % de plus qu'en 2023. 'Gazprom et CNPC ont un projet commun', a précisé le ministre "
    "Alexandre Novak.\n"
)
TYPOGRAPHIC_FORMS = (
    "Le président russe Vladimir Poutine est arrivé à Pékin pour une visite of\ufb01cielle de deux jours. "
    "Il a qualifié l\u2019accueil de \u201echaleureux\u201c et a signé 22 accords bilaté\u00adraux avec la Chine, "
    "dont un accord de coopération sur l\u2019énergie.\n"
    "\u00ab\u202fNous avons atteint un niveau sans précédent dans nos relations\u202f\u00bb, a déclaré le président "
    "russe. Le président chinois Xi\u00a0Jinping a salué la con\ufb01ance entre les deux pays\u00a0: "
    "\u201cC\u2019est un partenariat ef\ufb01cace\u201d, a-t-il af\ufb01rmé.\n"
    "Selon le ministre de l\u2019Energie, les exportations de gaz vers la Chine atteindront 38\u202f000 millions de "
    "mètres cubes, soit 12,5\u00a0% de plus qu\u2019en 2023. \u2018Gazprom et CNPC ont un projet commun\u2019, a "
    "précisé le ministre Alexandre Novak.\n"
)


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("\u00ad", "")
    return text.replace("\u2019", "'").replace("\u202f", " ").replace("\u00a0", " ")


def _essence(record: dict) -> dict:
    """What a reader takes from a brief, offsets and the exact characters aside."""
    return {
        "actors": [(a["name"], a["kind"], a["roles"], a["aliases"], a["mentions"]) for a in record["actors"]],
        "sectors": [s["id"] for s in record["sectors"]],
        "projects": [(_plain(p["name"]), p["kind"]) for p in record["projects"]],
        "quotes": [(_plain(q["text"]), q["speaker"], q["verb"]) for q in record["quotes"]],
        "figures": [(f["number"], f["about"]) for f in record["figures"]],
        "summary": [re.findall(r"\w+", _plain(s["text"])) for s in record["summary"]],
    }


def test_typography_gives_the_same_brief_as_plain_forms():
    from briefcli import brief

    plain = brief(PLAIN).to_dict()
    fancy = brief(TYPOGRAPHIC_FORMS).to_dict()
    check_offsets(fancy, TYPOGRAPHIC_FORMS)
    assert _essence(fancy) == _essence(plain)
    assert {"Vladimir Poutine", "Xi Jinping", "Alexandre Novak"} <= {a["name"] for a in plain["actors"]}
    assert len(plain["quotes"]) >= 3
