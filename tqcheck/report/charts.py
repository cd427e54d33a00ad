"""Charts as inline SVG: horizontal bars (findings by category, by rule) and the score histogram.

Every label is escaped here; the SVG is drawn at a fixed viewBox and scales with the page.
"""

from __future__ import annotations

from html import escape

CATEGORY_COLOURS = {
    "typography": "#5b6cd9",
    "spelling-variant": "#1d9bc4",
    "false-friend": "#d98a0b",
    "untranslated": "#d0463b",
    "locale-format": "#17956b",
    "source-mismatch": "#8a5cd1",
}
PASS_COLOUR, FAIL_COLOUR = "#2f9e6a", "#d0463b"
FONT = 'font-family="inherit" font-size="13"'


def _svg(width: int, height: int, label: str, body: list[str]) -> str:
    return (f'<svg class="chart" viewBox="0 0 {width} {height}" width="100%" role="img" '
            f'aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg"><title>{escape(label)}</title>'
            + "".join(body) + "</svg>")


def bars(rows: list[tuple[str, int, str]], label: str, width: int = 460, label_width: int = 180) -> str:
    """Horizontal bars: ``rows`` are (label, value, colour), drawn in the given order."""
    if not rows:
        return f'<p class="empty-chart">{escape(label)}: nothing to show.</p>'
    bar_h, gap, top = 20, 8, 4
    height = top + len(rows) * (bar_h + gap)
    biggest = max(v for _, v, _ in rows) or 1
    room = width - label_width - 50
    body = []
    for i, (name, value, colour) in enumerate(rows):
        y = top + i * (bar_h + gap)
        w = max(2, round(room * value / biggest))
        body.append(
            f'<text x="{label_width - 8}" y="{y + 14}" text-anchor="end" {FONT} fill="currentColor">'
            f"{escape(_clip(name, round(label_width / 8.2)))}</text>"
            f'<rect x="{label_width}" y="{y}" width="{w}" height="{bar_h}" rx="3" fill="{colour}">'
            f"<title>{escape(name)}: {value}</title></rect>"
            f'<text x="{label_width + w + 6}" y="{y + 14}" {FONT} fill="currentColor">{value}</text>'
        )
    return _svg(width, height, label, body)


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def histogram_bins(scores: list[float], pass_mark: float, count: int = 10) -> tuple[float, float, list[int]]:
    """(low, step, counts): ``count`` equal bins from a round low bound up to 100 (100 in the last bin)."""
    low_seen = min([*scores, pass_mark])
    low = next((b for b in (95, 90, 80, 50) if b <= low_seen - 1), 0)
    step = (100 - low) / count
    counts = [0] * count
    for s in scores:
        counts[min(count - 1, int((s - low) // step))] += 1
    return low, step, counts


def histogram(scores: list[float], pass_mark: float, label: str) -> str:
    """Documents per score band, a dashed line at the pass mark; bands under it in red."""
    if not scores:
        return f'<p class="empty-chart">{escape(label)}: no document.</p>'
    low, step, counts = histogram_bins(scores, pass_mark)
    width, height, left, bottom, top = 460, 230, 24, 36, 28
    plot_w, plot_h = width - left - 10, height - bottom - top
    biggest = max(counts) or 1
    bw = plot_w / len(counts)
    body = [f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" stroke="currentColor" '
            'stroke-opacity=".4"/>']
    for i, n in enumerate(counts):
        start = low + i * step
        h = plot_h * n / biggest
        x = left + i * bw
        colour = PASS_COLOUR if start >= pass_mark else FAIL_COLOUR
        band = f"{start:g}–{start + step:g}"
        if n:
            body.append(f'<rect x="{x + 2:.1f}" y="{top + plot_h - h:.1f}" width="{bw - 4:.1f}" height="{h:.1f}" '
                        f'rx="2" fill="{colour}"><title>{band}: {n} document{"s" * (n != 1)}</title></rect>'
                        f'<text x="{x + bw / 2:.1f}" y="{top + plot_h - h - 4:.1f}" text-anchor="middle" {FONT} '
                        f'fill="currentColor">{n}</text>')
        if i % 2 == 0:
            body.append(f'<text x="{x:.1f}" y="{height - bottom + 16}" text-anchor="middle" {FONT} '
                        f'fill="currentColor" fill-opacity=".7">{start:g}</text>')
    body.append(f'<text x="{left + plot_w:.1f}" y="{height - bottom + 16}" text-anchor="end" {FONT} '
                'fill="currentColor" fill-opacity=".7">100</text>')
    if pass_mark > low:
        px = left + plot_w * (pass_mark - low) / (100 - low)
        body.append(f'<line x1="{px:.1f}" y1="4" x2="{px:.1f}" y2="{top + plot_h}" stroke="currentColor" '
                    f'stroke-dasharray="4 3"/><text x="{px - 5:.1f}" y="13" text-anchor="end" {FONT} '
                    f'fill="currentColor">pass mark {pass_mark:g}</text>')
    body.append(f'<text x="{left + plot_w / 2:.1f}" y="{height - 4}" text-anchor="middle" {FONT} '
                'fill="currentColor" fill-opacity=".7">quality score</text>')
    return _svg(width, height, label, body)
