"""Demo content as files: one Markdown file per item, a YAML header and a body.

    ---
    type: article              # which registered item type reads the file
    title: …
    ---
    Body in Markdown. A block that is not plain text is fenced:

    ::: callout Titel van het kader
    Markdown inside.
    :::

Item types register here with the header they accept (`register`); config/demo/seed.py
registers the types of `seed_demo`. The file name (without `.md`) is the item's slug. The
format, with an example per type, is described in docs/demo-content.md.

Everything a file says is checked before anything is stored, and every error names the file
(and the line, where there is one), so a typo in a header is a message, not a half-seeded site.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from markdown_it import MarkdownIt

CONTENT_DIR = Path(__file__).with_name("content")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DIRECTIVE_OPEN = re.compile(r"^:::\s*([a-z_]+)\s*(.*?)\s*$")
DIRECTIVE_CLOSE = re.compile(r"^:::\s*$")
# What Markdown may produce in a rich-text field: the tags of knowledge.blocks.RICH_FEATURES.
RICH_TAGS = {"p", "h2", "h3", "strong", "em", "ol", "ul", "li", "a", "br"}


class ContentError(ValueError):
    """A demo file that cannot be read as it is; the message starts with the file's path."""

    def __init__(self, path: Path, message: str, *, line: int | None = None):
        where = _display(path) + (f", regel {line}" if line else "")
        super().__init__(f"{where}: {message}")


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


# --- header checks ------------------------------------------------------------------------


@dataclass(frozen=True)
class Choice:
    """One of a fixed set of strings, e.g. an article type."""

    values: tuple[str, ...]


class Time:
    """A clock time written in quotes, "10:00" (unquoted, YAML reads 10:00 as the number 600)."""


def _check(value: Any, spec: Any, name: str) -> Any:
    """Return `value` when it matches `spec`, else raise ValueError saying what was expected.
    Specs: str, int, bool, dt.date, Time, Choice, [spec] (a list) and a dict of
    specs (a mapping; keys ending in "?" are optional, other keys are not known)."""
    if isinstance(spec, dict):
        if not isinstance(value, dict):
            raise ValueError(f"{name}: verwacht een lijst van sleutels en waarden")
        return _check_mapping(value, spec, name)
    if isinstance(spec, list):
        if not isinstance(value, list):
            raise ValueError(f"{name}: verwacht een lijst")
        return [_check(item, spec[0], f"{name}[{i}]") for i, item in enumerate(value)]
    if isinstance(spec, Choice):
        if value not in spec.values:
            raise ValueError(f"{name}: {value!r} is geen van {', '.join(spec.values)}")
        return value
    if spec is Time:
        if not isinstance(value, str) or not re.fullmatch(r"\d{1,2}:\d{2}", value):
            raise ValueError(f"{name}: verwacht een tijd tussen aanhalingstekens, zoals '10:00'")
        return value
    if spec is dt.date:
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            raise ValueError(f"{name}: verwacht een datum als 2025-03-18, kreeg {value!r}")
        return value
    if spec is int and (isinstance(value, bool) or not isinstance(value, int)):
        raise ValueError(f"{name}: verwacht een getal, kreeg {value!r}")
    if spec is bool and not isinstance(value, bool):
        raise ValueError(f"{name}: verwacht true of false, kreeg {value!r}")
    if spec is str and not isinstance(value, str):
        raise ValueError(f"{name}: verwacht tekst, kreeg {value!r}")
    return value


def _check_mapping(value: dict, spec: dict, name: str) -> dict:
    keys = {key.rstrip("?"): key.endswith("?") for key in spec}
    unknown = sorted(set(value) - set(keys))
    where = f"{name}: " if name else ""
    if unknown:
        raise ValueError(
            f"{where}onbekende sleutel {', '.join(map(repr, unknown))}; "
            f"bekend zijn {', '.join(sorted(keys))}"
        )
    missing = [key for key, optional in keys.items() if not optional and key not in value]
    if missing:
        raise ValueError(f"{where}ontbreekt: {', '.join(missing)}")
    specs = {key.rstrip("?"): item for key, item in spec.items()}
    prefix = f"{name}." if name else ""
    return {key: _check(item, specs[key], prefix + key) for key, item in value.items()}


# --- files --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    """A part of a body: plain Markdown ("text") or a fenced `::: name argument` block."""

    name: str
    argument: str
    source: str
    line: int


@dataclass(frozen=True)
class Item:
    path: Path
    type: str
    slug: str
    header: dict[str, Any]
    blocks: tuple[Block, ...]

    def error(self, message: str, *, line: int | None = None) -> ContentError:
        return ContentError(self.path, message, line=line)


@dataclass(frozen=True)
class ItemType:
    name: str
    header: dict[str, Any]
    seed: Callable[[list[Item]], int]
    blocks: frozenset[str] = field(default_factory=frozenset)  # allowed `:::` names
    sort_key: Callable[[Item], Any] | None = None


REGISTRY: dict[str, ItemType] = {}


def register(
    name: str,
    *,
    header: dict[str, Any],
    blocks: Iterable[str] = (),
    sort_key: Callable[[Item], Any] | None = None,
) -> Callable[[Callable[[list[Item]], int]], Callable[[list[Item]], int]]:
    """Register the item type `name`: its header spec, the `:::` blocks its body may hold
    ("text" is always allowed) and the function that seeds its items (given them sorted by
    `sort_key`, or by slug) and returns how many it created. Types seed in the order they
    were registered, so register a type after the types its items refer to."""

    def decorate(seed: Callable[[list[Item]], int]) -> Callable[[list[Item]], int]:
        if name in REGISTRY:
            raise ValueError(f"demo item type {name!r} is registered twice")
        REGISTRY[name] = ItemType(
            name, {"type": str, **header}, seed, frozenset({"text", *blocks}), sort_key
        )
        return seed

    return decorate


def _discover() -> None:
    """The demo's item types register in config/demo/seed.py (which needs Django's models, so
    it is imported when the first file is read, not with this module)."""
    import config.demo.seed  # noqa: F401


def read_item(path: Path) -> Item:
    """Read and check one file against its registered type."""
    _discover()
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ContentError(path, "is geen UTF-8-tekst") from None
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        raise ContentError(path, "begint niet met een kop tussen twee regels '---'", line=1)
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise ContentError(path, "de kop wordt niet afgesloten met '---'", line=1) from None
    try:
        header = yaml.load("\n".join(lines[1:end]), Loader=yaml.CSafeLoader) or {}  # noqa: S506
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark else None
        problem = getattr(error, "problem", None) or error
        raise ContentError(path, f"de kop is geen geldige YAML ({problem})", line=line) from None
    if not isinstance(header, dict):
        raise ContentError(path, "de kop is geen lijst van sleutels en waarden", line=2)
    type_name = header.get("type")
    if type_name not in REGISTRY:
        known = ", ".join(REGISTRY)
        raise ContentError(path, f"onbekend of ontbrekend 'type': {type_name!r} (bekend: {known})")
    item_type = REGISTRY[type_name]
    if not SLUG.match(path.stem):
        raise ContentError(path, "de bestandsnaam is de slug: kleine letters, cijfers en streepjes")
    try:
        header = _check_mapping(header, item_type.header, "")
    except ValueError as error:
        raise ContentError(path, f"kop: {error}") from None
    blocks = tuple(_blocks(path, lines[end + 1 :], first_line=end + 2))
    for block in blocks:
        if block.name not in item_type.blocks:
            allowed = ", ".join(sorted(item_type.blocks))
            raise ContentError(
                path,
                f"blok '::: {block.name}' hoort niet bij type {type_name} (wel: {allowed})",
                line=block.line,
            )
    return Item(path, type_name, path.stem, header, blocks)


def _blocks(path: Path, lines: list[str], *, first_line: int) -> list[Block]:
    """Split a body into Markdown text and `:::` blocks (not nested)."""
    blocks: list[Block] = []
    text: list[tuple[int, str]] = []
    opened: tuple[str, str, int] | None = None
    inside: list[str] = []

    def end_text() -> None:
        numbered = [(number, line) for number, line in text if line.strip()]
        if numbered:
            source = "\n".join(line for _number, line in text).strip("\n")
            blocks.append(Block("text", "", source, numbered[0][0]))
        text.clear()

    for number, line in enumerate(lines, start=first_line):
        match = DIRECTIVE_OPEN.match(line)
        if opened is None and match:
            end_text()
            opened, inside = (match[1], match[2], number), []
        elif opened is None:
            text.append((number, line))
        elif DIRECTIVE_CLOSE.match(line):
            blocks.append(Block(opened[0], opened[1], "\n".join(inside).strip("\n"), opened[2]))
            opened = None
        elif match:
            raise ContentError(
                path, f"'::: {opened[0]}' is nog niet gesloten met ':::'", line=number
            )
        else:
            inside.append(line)
    if opened is not None:
        raise ContentError(path, f"'::: {opened[0]}' wordt niet gesloten met ':::'", line=opened[2])
    end_text()
    return blocks


def read_folder(folder: Path = CONTENT_DIR) -> dict[str, list[Item]]:
    """Every item under `folder` (README.md files excepted), grouped by type in registry
    order, each group sorted by its type's sort key."""
    _discover()
    folder = Path(folder)
    if not folder.is_dir():
        raise ContentError(folder, "is geen map met demo-inhoud")
    items: dict[str, list[Item]] = {name: [] for name in REGISTRY}
    seen: dict[tuple[str, str], Path] = {}
    for path in sorted(folder.rglob("*.md")):
        if path.name == "README.md":
            continue
        item = read_item(path)
        if (item.type, item.slug) in seen:
            raise ContentError(path, f"dezelfde slug als {_display(seen[item.type, item.slug])}")
        seen[item.type, item.slug] = path
        items[item.type].append(item)
    for name, group in items.items():
        group.sort(key=REGISTRY[name].sort_key or (lambda item: item.slug))
    return items


def seed_folder(folder: Path = CONTENT_DIR) -> dict[str, int]:
    """Read and check every file first, then seed type by type. Returns created counts."""
    items = read_folder(folder)
    return {name: REGISTRY[name].seed(group) for name, group in items.items()}


# --- bodies -------------------------------------------------------------------------------

_markdown: MarkdownIt | None = None


def _parser() -> MarkdownIt:
    global _markdown
    if _markdown is None:
        # CommonMark without raw HTML; a line break inside a paragraph is a space, as in the
        # HTML Wagtail's editor stores (no newlines between or inside blocks).
        _markdown = MarkdownIt("commonmark", {"html": False})
        _markdown.add_render_rule("softbreak", lambda *args: " ")
    return _markdown


def rich_text(item: Item, block: Block) -> str:
    """The block's Markdown as the HTML a Wagtail rich-text field stores."""
    html = _parser().render(block.source).replace("\n", "")
    tags = set(re.findall(r"<([a-z0-9]+)", html)) - RICH_TAGS
    if tags:
        raise item.error(
            f"Markdown geeft {', '.join(f'<{t}>' for t in sorted(tags))}; een tekstveld kent "
            "alleen alinea's, kopjes ## en ###, vet, cursief, lijsten en links",
            line=block.line,
        )
    return html


def plain_text(block: Block) -> str:
    """Text without markup: lines joined with spaces, paragraphs with a blank line."""
    paragraphs = re.split(r"\n\s*\n", block.source.strip())
    return "\n\n".join(" ".join(line.strip() for line in p.splitlines()) for p in paragraphs)


def list_items(item: Item, block: Block) -> list[str]:
    """The texts of a Markdown bullet list ("- punt"), as plain strings."""
    tokens = _parser().parse(block.source)
    kinds = {token.type for token in tokens} - {
        "bullet_list_open",
        "bullet_list_close",
        "list_item_open",
        "list_item_close",
        "paragraph_open",
        "paragraph_close",
        "inline",
    }
    if kinds or not tokens or tokens[0].type != "bullet_list_open":
        raise item.error(f"'::: {block.name}' bevat alleen een lijst met '- '", line=block.line)
    return [" ".join(t.content.split("\n")) for t in tokens if t.type == "inline"]


def json_value(item: Item, block: Block) -> Any:
    """A `:::` block written as the JSON value of its StreamField block, for what Markdown
    cannot say (a table, a video, an image by id)."""
    try:
        return json.loads(block.source)
    except json.JSONDecodeError as error:
        raise item.error(
            f"'::: {block.name}' is geen geldige JSON ({error.msg})", line=block.line + error.lineno
        ) from None
