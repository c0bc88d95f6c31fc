"""The HTML report at the real timeline's scale, in a real browser: it fits the window, every column
reads, the trend is drawn. Screenshots are kept for people to look at (their paths are printed)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from reportworld import build_timeline, chromium, launch_chromium

from pipeline.db import open_database
from pipeline.report import html
from pipeline.report.html import PAGE_ROWS
from pipeline.report.model import build_report

TREND_REPORTS = 10


@pytest.fixture(scope="module")
def big_report(tmp_path_factory) -> tuple[Path, int]:
    folder = tmp_path_factory.mktemp("big-report")
    db = open_database(folder / "sv.db")
    counts = build_timeline(db, 2000, trend_reports=TREND_REPORTS)
    assert counts["events"] >= 2000 and counts["links"] >= 5000
    report = build_report(db, clock=lambda: "2025-11-01T03:00:00Z", trend_length=TREND_REPORTS)
    db.close()
    page = folder / "broken-links.html"
    page.write_text(html.render(report), encoding="utf-8")
    rows = sum(section.count for section in report.sections)
    assert rows > 2 * PAGE_ROWS  # as many as the real timeline's check gave (1,655)
    return page, rows


def test_the_page_is_one_file_that_reads_without_scripts(big_report) -> None:
    page, rows = big_report
    text = page.read_text(encoding="utf-8")
    assert "src=" not in text and "<link" not in text and "@import" not in text  # nothing fetched
    assert text.count("<tr data-section=") == rows  # every row is in the page itself, not made by the script
    controls = text.split('<div class="controls">', 1)[1]
    assert controls.index('<select id="section"') < controls.index('<input id="filter"')
    assert "@media print" in text


@pytest.mark.skipif(chromium() is None and not os.environ.get("CI"),
                    reason="Debian's chromium is not installed (.ci/run installs it)")
@pytest.mark.parametrize("width,height", [(1366, 768), (1920, 1080)])
def test_the_full_scale_report_fits_the_window_and_every_column_reads(big_report, width, height, tmp_path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    page_file, rows = big_report
    with sync_api.sync_playwright() as p:
        browser = launch_chromium(p)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.goto(page_file.as_uri())
            page.wait_for_selector("body[data-ready='1']", timeout=60_000)
            layout = page.evaluate("""() => {
                const doc = document.documentElement;
                const heads = Array.from(document.querySelectorAll('#items thead th'));
                const cited = heads.find(th => th.textContent === 'cited');
                const trs = Array.from(document.querySelectorAll('#items tbody tr')).slice(0, 300);
                return {docWidth: doc.scrollWidth, window: window.innerWidth,
                        cited: cited.getBoundingClientRect().width,
                        tallest: Math.max(...trs.map(r => r.getBoundingClientRect().height)),
                        firstControl: document.querySelector('.controls').firstElementChild.id,
                        points: Array.from(document.querySelectorAll('svg.trend-chart circle.point.broken')).length,
                        trendRows: document.querySelectorAll('.trend-numbers tbody tr').length};
            }""")
            assert layout["docWidth"] <= layout["window"], layout
            assert layout["cited"] >= 200, layout
            assert layout["tallest"] <= 160, layout
            assert layout["firstControl"] == "section"
            assert layout["points"] == TREND_REPORTS and layout["trendRows"] == TREND_REPORTS
            # the first PAGE_ROWS rows are laid out; "show more" adds as many again (the rest are in the page,
            # display:none, so 10,000 rows open quickly; without scripts and in print every row shows)
            assert page.inner_text("#shown") == f"{PAGE_ROWS} of {rows} shown"
            page.click("#more")
            assert page.inner_text("#shown") == f"{2 * PAGE_ROWS} of {rows} shown"
            assert page.locator("#items tbody tr:visible").count() == 2 * PAGE_ROWS

            page.mouse.wheel(0, 4000)  # the header row stays in view below the controls
            page.wait_for_function("window.scrollY > 1000")
            head = page.locator("#items thead th").first.bounding_box()
            controls = page.locator(".controls").bounding_box()
            assert head is not None and controls is not None
            assert controls["y"] == pytest.approx(0, abs=1)
            assert head["y"] == pytest.approx(controls["height"], abs=2)

            shot = tmp_path / f"report-{width}.png"
            page.evaluate("window.scrollTo(0, 0)")
            page.screenshot(path=str(shot))
            print(f"screenshot of the report at {width} px: {shot}")
            if os.environ.get("SOURCEVAULT_KEEP_SCREENSHOT"):
                shutil.copy(shot, Path(os.environ["SOURCEVAULT_KEEP_SCREENSHOT"]).with_suffix(f".{width}.png"))

            page.select_option("#section", "moved")
            assert page.inner_text("#shown") != f"{rows} of {rows} shown"
            page.emulate_media(media="print")  # printed: every row, even those filtered out, and no controls
            printed = page.evaluate("""() => ({
                controls: getComputedStyle(document.querySelector('.controls')).display,
                hidden: Array.from(document.querySelectorAll('#items tbody tr'))
                    .filter(r => r.getBoundingClientRect().height === 0).length})""")
            assert printed == {"controls": "none", "hidden": 0}
        finally:
            browser.close()
