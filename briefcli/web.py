"""Web pages and URLs: fetching a page, decoding it, and extracting its main text and what the
page says of itself (title, date, author, site, canonical URL). Making an Article of a page is
the job of briefcli/inputs.py (`read`, `read_url`, `article_from_html`), which this module does
not import: reading a source is one module's job, and imports go one way.

Extraction is trafilatura's (the reference main-text extractor, maintained, evaluated on
real news pages): menus, cookie banners, "lire aussi" blocks, comments and scripts stay
out. On top of it, three small steps that keep to what trafilatura leaves:
- a text-only <div> beside the article's <p> paragraphs (a lead or standfirst set as a
  bare div, as L'Opinion does) is offered to trafilatura as a paragraph, and kept only if
  nothing trafilatura otherwise extracts is lost by it;
- extracted lines that are page furniture (photo credits, the byline repeated as a
  paragraph, the title repeated as the first line) are dropped;
- the page's title loses the site name glued to it ("… - Bondy Blog").

The article's text is the extracted text: brief offsets refer to it, so it is carried as
`meta["text"]` (the brief's `source.text`).

URLs are fetched with the standard library: http and https only, a clear user agent,
a total deadline, at most MAX_REDIRECTS redirects, at most MAX_PAGE_BYTES bytes, and an HTML
answer required; anything else is one InputError line.
"""
from __future__ import annotations

import copy
import http.client
import logging
import re
import socket
import ssl
import threading
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from . import __version__
from .decoding import decode, looks_like_html
from .errors import InputError

USER_AGENT = f"briefcli/{__version__}"
TIMEOUT = 20.0  # seconds for the whole fetch (and at most for each read)
MAX_REDIRECTS = 5
MAX_PAGE_BYTES = 10 * 1024 * 1024
HTML_TYPES = {"text/html", "application/xhtml+xml"}
# a server that does not say, or says something vague, gets its answer sniffed
_SNIFFED_TYPES = {"", "application/octet-stream", "text/plain", "binary/octet-stream"}

# trafilatura and its helpers log through `logging`; without a handler Python would print
# their warnings on stderr, so give them one that drops them (the CLI reports problems itself)
for _name in ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


# --- fetching --------------------------------------------------------------------------

@dataclass
class Page:
    url: str             # the URL finally answered, after redirects
    data: bytes
    charset: str | None  # from the Content-Type header


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows at most `limit` redirects in all, and only to http/https URLs."""

    def __init__(self, limit: int):
        super().__init__()
        self.limit = limit
        # urllib's own checks (which let a first redirect through whatever the limit) never fire first
        self.max_redirections = self.max_repeats = limit + 2

    def http_error_302(self, req, fp, code, msg, headers):
        # urllib refuses a redirect to file:// itself, before redirect_request, in words that
        # read like any other HTTP error: say it here, as for any non-web URL
        location = headers.get("location") or headers.get("uri")
        if location:
            self._check_scheme(req, fp, code, headers, location)
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    @staticmethod
    def _check_scheme(req, fp, code, headers, newurl) -> None:
        scheme = urllib.parse.urlsplit(urllib.parse.urljoin(req.full_url, newurl)).scheme.lower()
        if scheme not in ("http", "https"):
            raise urllib.error.HTTPError(req.full_url, code, f"redirect to a {scheme or 'non-web'} URL refused",
                                         headers, fp)

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        self._check_scheme(req, fp, code, headers, newurl)
        count = getattr(req, "briefcli_redirects", 0) + 1
        if count > self.limit:
            raise urllib.error.HTTPError(req.full_url, code, f"too many redirects (more than {self.limit})",
                                         headers, fp)
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None:
            new.briefcli_redirects = count
        return new


class _Deadline:
    """One deadline for a whole fetch (connecting, redirects, headers and body): when it passes,
    every connection of the fetch is shut down, which ends any read in progress. A socket
    timeout alone bounds each read, and a server sending a byte now and then never trips it."""

    def __init__(self, seconds: float):
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shut(sock)

    def cancel(self) -> None:
        self._timer.cancel()


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


def _watched(base: type, deadline: _Deadline) -> type:
    """An http.client connection class whose sockets the deadline can shut."""

    class Connection(base):
        def connect(self):
            super().connect()
            deadline.watch(self.sock)

    return Connection


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, deadline: _Deadline):
        super().__init__()
        self.deadline = deadline

    def http_open(self, req):
        return self.do_open(_watched(http.client.HTTPConnection, self.deadline), req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, deadline: _Deadline):
        super().__init__()
        self.deadline = deadline

    def https_open(self, req):
        return self.do_open(_watched(http.client.HTTPSConnection, self.deadline), req, context=self._context)


def fetch(url: str, *, timeout: float = TIMEOUT, max_bytes: int = MAX_PAGE_BYTES,
          max_redirects: int = MAX_REDIRECTS) -> Page:
    """The HTML page at an http(s) URL, or InputError naming the URL and the problem."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise InputError(url, f"only http and https URLs can be read, not {parts.scheme}://")
    if not parts.hostname:
        raise InputError(url, "is not a valid URL (no host)")
    request = urllib.request.Request(url, headers={
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
        "Accept-Encoding": "identity",
    })
    deadline = _Deadline(timeout)
    opener = urllib.request.build_opener(_Redirects(max_redirects), _HTTPHandler(deadline), _HTTPSHandler(deadline))
    try:
        page = _get(opener, request, url, timeout, max_bytes, max_redirects)
    except InputError:
        if deadline.expired:
            raise InputError(url, f"no answer within {timeout:g} s (the page was still arriving)") from None
        raise
    finally:
        deadline.cancel()
    if deadline.expired:  # a read ended by the deadline may look like a short answer
        raise InputError(url, f"no answer within {timeout:g} s (the page was still arriving)")
    return page


def _get(opener, request, url: str, timeout: float, max_bytes: int, max_redirects: int) -> Page:
    try:
        with opener.open(request, timeout=timeout) as response:
            final_url = response.geturl()
            content_type = response.headers.get_content_type() if response.headers.get("Content-Type") else ""
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise InputError(url, f"page too large ({_mb(int(length))}; the limit is {_mb(max_bytes)})")
            data = response.read(max_bytes + 1)
            charset = response.headers.get_content_charset()
    except InputError:
        raise
    except urllib.error.HTTPError as exc:
        if 300 <= exc.code < 400:
            problem = str(exc.reason)
            if not problem.startswith(("redirect to", "too many")):
                problem = f"too many redirects (more than {max_redirects})"
            raise InputError(url, problem) from None
        raise InputError(url, f"HTTP {exc.code} {exc.reason}".rstrip()) from None
    except urllib.error.URLError as exc:
        raise InputError(url, _network_problem(exc.reason, timeout)) from None
    except (TimeoutError, socket.timeout):
        raise InputError(url, f"no answer within {timeout:g} s") from None
    except (http.client.HTTPException, OSError) as exc:
        raise InputError(url, f"bad answer from the server ({type(exc).__name__}: {exc})") from None
    if len(data) > max_bytes:
        raise InputError(url, f"page too large (over {_mb(max_bytes)})")
    if content_type not in HTML_TYPES and not (content_type in _SNIFFED_TYPES and looks_like_html(data)):
        raise InputError(url, f"not a web page (the server sent {content_type or 'an untyped answer'}, not HTML)")
    return Page(url=final_url, data=data, charset=charset)


def _network_problem(reason, timeout: float) -> str:
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"no answer within {timeout:g} s"
    if isinstance(reason, socket.gaierror):
        return "unknown host (check the address and the network)"
    if isinstance(reason, ssl.SSLError):
        return f"secure connection failed ({getattr(reason, 'reason', None) or reason})"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, OSError) and reason.strerror:
        return f"cannot connect ({reason.strerror})"
    return f"cannot connect ({reason})"


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB" if size < 1024 * 1024 * 10 else f"{size // (1024 * 1024)} MB"


# --- decoding --------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# WHATWG: a page that declares Latin-1 or ASCII is decoded as Windows-1252
_DECLARED_ALIASES = {"iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
                     "us-ascii": "cp1252", "ascii": "cp1252"}


def decode_html(data: bytes, name: str, charset: str | None = None) -> tuple[str, str]:
    """(text, encoding) of an HTML page: a byte-order mark, else the charset the server or the
    page declares (when the bytes are valid in it), else what `decoding.decode` detects."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode(data, name)
    declared = [charset]
    m = _META_CHARSET.search(data[:8192])
    if m:
        declared.append(m.group(1).decode("ascii", "ignore"))
    for label in declared:
        encoding = _codec(label)
        if encoding is None:
            continue
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return decode(data, name)


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = _DECLARED_ALIASES.get(label.strip().lower(), label.strip())
    try:
        import codecs

        return codecs.lookup(label).name
    except LookupError:
        return None


# --- extraction ------------------------------------------------------------------------

_EXTRACT_OPTIONS = dict(with_metadata=True, include_comments=False, include_tables=True, include_images=False,
                        include_links=False, include_formatting=False, deduplicate=False)
_INLINE = {"a", "abbr", "b", "bdi", "br", "cite", "code", "em", "font", "i", "mark", "q", "s", "small", "span",
           "strong", "sub", "sup", "time", "u", "wbr"}
MIN_WORDS = 15  # fewer words extracted from a page: no article in it
_MIN_DIV_TEXT = 40  # characters of a bare div's own text for it to be offered as a paragraph
# page furniture that extraction may keep as a paragraph of its own
_FURNITURE = re.compile(
    r"^(?:cr[ée]dits?(?:\s+photos?)?\s*:|photos?\s*(?:credits?)?\s*:|©|copyright\b|\(?photo\b.{0,40}\)?$"
    r"|(?:à |a )?lire (?:aussi|également|la suite)\b|voir aussi\b|read more\b|related\s*:)",
    re.IGNORECASE,
)
_MAX_FURNITURE_LINE = 160
_SITE_SEPARATORS = (" - ", " | ", " – ", " — ", " :: ", " · ")


@dataclass
class Extracted:
    text: str
    title: str | None
    date: str | None
    author: str | None
    site: str | None
    url: str | None


def extract(html: str, name: str = "<html>", *, url: str | None = None) -> Extracted:
    """The main text of an HTML page and what the page says of itself."""
    import trafilatura

    tree = trafilatura.load_html(html)
    if tree is None:
        raise InputError(name, "not a readable HTML page")
    doc = trafilatura.bare_extraction(copy.deepcopy(tree), url=url, **_EXTRACT_OPTIONS)
    with_leads = trafilatura.bare_extraction(_bare_divs_as_paragraphs(copy.deepcopy(tree)), url=url,
                                             **_EXTRACT_OPTIONS)
    if with_leads is not None and with_leads.text and _adds_only(doc.text if doc else "", with_leads.text):
        doc = with_leads
    if doc is None or not (doc.text or "").strip():
        raise InputError(name, "no article text found in the page")
    site = (doc.sitename or doc.hostname or "").strip() or None
    title = _title_without_site(doc.title, site)
    author = _author(doc.author, site)
    text = _tidy(doc.text, title, author)
    if len(text.split()) < MIN_WORDS:
        # what extraction falls back on when a page has no article: a menu, a cookie notice
        raise InputError(name, "no article text found in the page")
    return Extracted(text=text, title=title, date=doc.date or None, author=author, site=site,
                     url=doc.url or url)


def _bare_divs_as_paragraphs(tree):
    """Retag as <p> each div holding only inline text (at least a sentence's worth) whose
    siblings hold <p> paragraphs: trafilatura reads <p> there, and would skip the div."""
    from lxml import etree

    etree.strip_tags(tree, etree.Comment)  # "<div><!-- x -->Text" keeps its text
    for div in list(tree.iter("div")):
        own = (div.text or "").strip()
        if len(own) < _MIN_DIV_TEXT or any(not isinstance(c.tag, str) or c.tag not in _INLINE for c in div):
            continue
        parent = div.getparent()
        if parent is None:
            continue
        if any(s is not div and isinstance(s.tag, str) and (s.tag == "p" or s.find("p") is not None)
               for s in parent):
            div.tag = "p"
    return tree


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _adds_only(base: str, candidate: str) -> bool:
    """Whether `candidate` keeps every line of `base` and adds some."""
    have = set(_lines(candidate))
    return all(line in have for line in _lines(base)) and len(have) > len(set(_lines(base)))


def _norm(text: str | None) -> str:
    return re.sub(r"[\W_]+", "", (text or "").casefold())


def _title_without_site(title: str | None, site: str | None) -> str | None:
    title = (title or "").strip()
    if not title:
        return None
    site_key = _norm(site)
    if site_key:
        for sep in _SITE_SEPARATORS:
            head, found, tail = title.rpartition(sep)
            tail_key = _norm(tail)
            if found and head.strip() and tail_key and (site_key.startswith(tail_key) or tail_key.startswith(site_key)):
                return head.strip()
    return title


def _author(author: str | None, site: str | None) -> str | None:
    """The page's author, without the site's own name listed as one ("Rob Picheta; CNN")."""
    names = [a.strip() for a in (author or "").split(";") if a.strip()]
    site_key = _norm(site)
    names = [a for a in names if not site_key or _norm(a) != site_key]
    return "; ".join(names) or None


def _tidy(text: str, title: str | None, author: str | None) -> str:
    """One paragraph per line, without the title repeated first, bylines and credits."""
    lines = _lines(text)
    if lines and title and _norm(lines[0]) == _norm(title):
        lines = lines[1:]
    bylines = {_norm(a) for a in (author or "").split(";") if _norm(a)}
    kept = [line for line in lines
            if not (len(line) <= _MAX_FURNITURE_LINE and (_FURNITURE.match(line) or _norm(line) in bylines))]
    return "\n".join(kept)
