"""Markdown → the plain text a reader sees: headings, paragraphs, list items and block
quotes one per line; emphasis marks, link targets, images, HTML tags and code blocks gone.

Parsed with markdown-it-py (CommonMark; already installed with Rich), so escapes, nested
emphasis, reference links and entities are read as Markdown means them. The brief is made
of this text (its offsets refer to it), so no Markdown syntax can reach a summary sentence
or a quote: a span of the original would carry the "**" or "](…)" inside it.
"""
from __future__ import annotations

from dataclasses import dataclass

# inline tokens whose own content is text the reader sees
_TEXT_TOKENS = {"text", "code_inline"}


@dataclass
class MarkdownText:
    text: str
    title: str | None  # the first heading


def to_text(markdown: str) -> MarkdownText:
    from markdown_it import MarkdownIt

    # only "inline" tokens carry prose: code blocks, HTML blocks and rules keep theirs in
    # `content` and are left out
    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    lines: list[str] = []
    title = None
    row: list[str] | None = None
    heading = False
    for token in tokens:
        if token.type == "heading_open":
            heading = True
        elif token.type == "heading_close":
            heading = False
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close":
            if row:
                lines.append(" ".join(row))
            row = None
        elif token.type == "inline":
            text = _inline_text(token.children or [])
            if not text:
                continue
            if heading and title is None:
                title = text
            if row is not None:
                row.append(text)
            else:
                lines.extend(part for part in text.split("\n") if part.strip())
    return MarkdownText(text="\n".join(line.strip() for line in lines), title=title)


def _inline_text(children) -> str:
    out: list[str] = []
    for child in children:
        # an image's alt text is in its own children, never visited: it is not the article's prose
        if child.type in _TEXT_TOKENS:
            out.append(child.content)
        elif child.type == "softbreak":
            out.append(" ")  # a line wrapped inside a paragraph: the sentence goes on
        elif child.type == "hardbreak":
            out.append("\n")
    return "".join(out).strip()
