"""The Python API: `brief(text) -> Brief`, and `brief_many` for many articles via nlp.pipe.

Every CLI command is a thin layer over these functions.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from . import cleaning, language, lexicon, pipeline
from .analyze import DEFAULT_SENTENCES, build_brief
from .inputs import Article, article_from_text
from .records import Brief


def resolve(text: str, lang: str | None, model: str | None) -> tuple[str, str]:
    """(language, pipeline name) for a text: detected unless given; checks data and pipeline exist."""
    lang = lang or language.detect(text)
    lexicon.load(lang)  # raises LanguageNotSupported with the languages available
    model = model or pipeline.DEFAULT_MODELS.get(lang)
    if model is None:
        from .errors import ModelNotFound

        raise ModelNotFound(f"no default spaCy pipeline for language '{lang}': pass --model")
    return lang, pipeline.resolve_model(model)


def brief_article(article: Article, *, lang: str | None = None, model: str | None = None,
                  sentences: int = DEFAULT_SENTENCES, progress=None, traces=None) -> Brief:
    """The brief of an article read by inputs.read. `progress(done, total)`, when given, hears
    how many characters of a long text (pipeline.LONG_TEXT) are parsed so far; `traces`, an
    extract.stages.Traces, receives what the stages decided (for the scripts that fit weights)."""
    from .errors import LanguageNotSupported, ModelNotFound

    try:
        lang, model = resolve(article.text, lang, model)
    except (ModelNotFound, LanguageNotSupported) as exc:  # say which input needs it
        raise type(exc)(f"{article.name}: {exc}") from None
    nlp = pipeline.load(model)
    clean = cleaning.clean(article.text, markdown=article.markdown, openers=lexicon.load(lang).openers, lang=lang)
    doc = pipeline.parse(nlp, clean.text, progress)
    return build_brief(doc, clean, article.text, lang=lang, model=model, name=article.name,
                       title=article.title, sentences=sentences, meta=article.meta, traces=traces)


def brief(text: str, lang: str | None = None, model: str | None = None, *, title: str | None = None,
          name: str = "<text>", sentences: int = DEFAULT_SENTENCES) -> Brief:
    """The brief of one article's text.

    lang: "fr", "en"… (detected when None); model: a spaCy pipeline name (the language's
    default when None); title: the article's title, when known, helps the summary.
    """
    if not isinstance(text, str):
        raise TypeError(f"brief() takes the article's text as a str, not {type(text).__name__}"
                        + (" (decode it first, or read a file with briefcli.inputs.read)"
                           if isinstance(text, (bytes, bytearray)) else ""))
    article = article_from_text(text, name)
    article.title = title
    return brief_article(article, lang=lang, model=model, sentences=sentences)


def brief_many(articles: Iterable[Article], *, lang: str | None = None, model: str | None = None,
               sentences: int = DEFAULT_SENTENCES, batch_size: int = 16) -> Iterator[Brief]:
    """Briefs of many articles, parsed with nlp.pipe (one pipeline per language)."""
    batch: list[tuple[Article, str, str]] = []
    for article in articles:
        lang_i, model_i = resolve(article.text, lang, model)
        batch.append((article, lang_i, model_i))
        if len(batch) >= batch_size:
            yield from _run(batch, sentences)
            batch = []
    if batch:
        yield from _run(batch, sentences)


def _run(batch: list[tuple[Article, str, str]], sentences: int) -> Iterator[Brief]:
    cleaned = [cleaning.clean(a.text, markdown=a.markdown, openers=lexicon.load(lang).openers, lang=lang)
               for a, lang, _ in batch]
    by_model: dict[str, list[int]] = {}
    for i, (_, _, model) in enumerate(batch):
        by_model.setdefault(model, []).append(i)
    docs = {}
    for model, idx in by_model.items():
        nlp = pipeline.load(model)
        short = [i for i in idx if len(cleaned[i].text) <= pipeline.LONG_TEXT]
        for i, doc in zip(short, nlp.pipe((cleaned[i].text for i in short), batch_size=max(len(short), 1))):
            docs[i] = doc
        for i in idx:
            if i not in docs:  # a long text: in pieces (pipeline.parse)
                docs[i] = pipeline.parse(nlp, cleaned[i].text)
    for i, (article, lang, model) in enumerate(batch):
        yield build_brief(docs[i], cleaned[i], article.text, lang=lang, model=model, name=article.name,
                          title=article.title, sentences=sentences, meta=article.meta)
