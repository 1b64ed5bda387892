"""The focus indicator (WCAG 2.4.7, 1.4.11): tabbing through the main page types, every
element that takes focus shows the same ring, and the ring has at least 3:1 contrast against
whatever it is drawn on: the white page, the grey panels, the navy header and footer, the
gradient of the home page. The ring is a dark outline with a white halo around it; on a dark
background the halo carries the contrast (3:1 with the background, and the outline 3:1 with
the halo), on a light one the outline does.

Measured where the ring is drawn: the page just outside each focused element's edges (so the
skip link, which floats over the header, is measured against the header)."""

import datetime as dt
import re

from django.utils import timezone

import pytest

from ..factories import ArticlePageFactory, EventPageFactory, ThemeFactory
from .helpers import log_in, submit

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

MAX_TAB_STOPS = 80

# The focused element's ring, and the colours just outside its edges (at 9 px: past the
# outline's 2 px offset and 3 px width, on the halo's outer edge).
RING = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const rect = el.getBoundingClientRect();
  const cx = rect.left + rect.width / 2, cy = rect.top + rect.height / 2, d = 9;
  const points = [[rect.left - d, cy], [rect.right + d, cy], [cx, rect.top - d],
                  [cx, rect.bottom + d]]
    .filter(([x, y]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight);
  const colours = node => {
    for (; node; node = node.parentElement) {
      const s = getComputedStyle(node);
      const stops = s.backgroundImage.match(/rgba?\\([^)]*\\)/g);
      if (stops) return stops;
      if (!/rgba\\(0, 0, 0, 0\\)|transparent/.test(s.backgroundColor)) return [s.backgroundColor];
    }
    return ['rgb(255, 255, 255)'];  // the canvas
  };
  const backgrounds = points.flatMap(([x, y]) => {
    const under = document.elementsFromPoint(x, y).find(n => n !== el && !el.contains(n));
    return under ? colours(under) : [];
  });
  return {
    element: el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' ' +
             (el.textContent || el.value || '').trim().slice(0, 40),
    ring: [style.outlineStyle, style.outlineWidth, style.outlineColor, style.outlineOffset,
           style.boxShadow].join(' | '),
    outline: style.outlineColor,
    outlineWidth: parseFloat(style.outlineWidth),
    halo: (style.boxShadow.match(/rgba?\\([^)]*\\)/) || [null])[0],
    backgrounds: [...new Set(backgrounds)],
  };
}"""


def rgb(colour: str) -> tuple[float, float, float]:
    r, g, b = (float(v) for v in re.findall(r"[\d.]+", colour)[:3])
    return r, g, b


def luminance(colour: str) -> float:
    """Relative luminance, WCAG 2.1."""

    def channel(value: float) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def ring_contrast(outline: str, halo: str | None, background: str) -> float:
    """What the ring shows against this background: the outline itself, or the halo around
    it when the halo stands out from the background and the outline from the halo."""
    best = contrast(outline, background)
    if halo:
        best = max(best, min(contrast(halo, background), contrast(outline, halo)))
    return best


def tab_through(page) -> list[dict]:
    seen, rings = set(), []
    page.locator("body").focus()
    for _ in range(MAX_TAB_STOPS):
        page.keyboard.press("Tab")
        ring = page.evaluate(RING)
        if ring is None or ring["element"] in seen:
            break  # back at the start
        seen.add(ring["element"])
        rings.append(ring)
    return rings


@pytest.fixture
def pages(knowledge_index, toolkit_index, agenda, member, settings):
    settings.SEARCH_ENGINE_URL = ""
    theme = ThemeFactory(name="Drugs", slug="drugs")
    article = ArticlePageFactory(
        parent=knowledge_index,
        title="Drugsafval in het buitengebied",
        themes=[theme],
        body=[
            ("text", '<p>Tekst met <a href="/kennisbank/">een link</a>.</p>'),
            ("callout", {"title": "Let op", "text": '<p><a href="/agenda/">Agenda</a></p>'}),
        ],
    )
    start = timezone.now() + dt.timedelta(days=5)
    event = EventPageFactory(parent=agenda, title="Webinar drugsafval", start=start, capacity=9)
    return {"article": article, "event": event, "member": member}


def test_the_focus_ring_is_the_same_everywhere_and_stands_out(live_server, page, pages):
    base = live_server.url
    visits = [
        "/",
        "/kennisbank/",
        pages["article"].url,
        "/agenda/",
        pages["event"].url,
        "/zoeken/?q=drugsafval",
        "/accounts/login/",
        "/privacy/",
    ]
    rings, problems = [], []
    for url in visits:
        page.goto(base + url)
        found = tab_through(page)
        assert len(found) > 5, url
        rings += [(url, ring) for ring in found]

    # The error summary, focused by the script after a failed submit, has the ring too.
    page.goto(base + "/accounts/login/")
    submit(page, page.locator("main form button[type=submit]"))
    rings.append(("/accounts/login/ (errors)", page.evaluate(RING)))

    log_in(page, live_server, pages["member"])
    page.goto(base + "/mijn/profiel/")
    rings += [("/mijn/profiel/", ring) for ring in tab_through(page)]

    for url, ring in rings:
        if ring["outlineWidth"] < 2:
            problems.append(f"{url} {ring['element']}: no visible outline ({ring['ring']})")
        for background in ring["backgrounds"]:
            ratio = ring_contrast(ring["outline"], ring["halo"], background)
            if ratio < 3:
                problems.append(f"{url} {ring['element']}: {ratio:.2f}:1 on {background}")
    styles = {ring["ring"] for _url, ring in rings}
    assert len(styles) == 1, styles
    # Light and dark backgrounds were both met (header, footer, hero, panels, page).
    backgrounds = {b for _url, ring in rings for b in ring["backgrounds"]}
    assert {"rgb(255, 255, 255)", "rgb(21, 50, 91)", "rgb(14, 35, 66)"} <= backgrounds
    assert problems == [], "\n".join(problems)
