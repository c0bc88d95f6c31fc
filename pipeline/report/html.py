"""The report as one self-contained HTML page: no external assets, sortable and filterable.

Rows are rendered on the server, so the page reads fine without scripts (and prints
every row: the print stylesheet drops the controls); a small inline script adds
sorting (click a column header), a section picker and a text filter, and keeps a
"N of M shown" count. The tables have fixed column widths (:data:`COLUMNS`), so a
long URL or error breaks inside its cell instead of widening the page, and a cited
title wraps at word boundaries; header rows stay in view while scrolling.

The sections are the report model's (:data:`.model.SECTIONS`, in order): a new
section there is a new option of the picker and new rows here, with no change to
this module (give it a badge colour in ``_STYLE`` if it deserves one).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from ..models import FixAction
from .model import EventGroup, Item, ReplacementKind, Report, snapshot_health
from .trendchart import TREND_STATES, trend_svg

# Rows shown at first, and added by each "show more": a page of 10,000 rows lays out only these (the others are
# display:none), so it opens, filters and sorts quickly; without scripts (and in print) every row shows.
PAGE_ROWS = 500

_STYLE = """
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:1rem 1.25rem;color:#1d2330}
h1{font-size:1.4rem;margin:0 0 .5rem} h2{font-size:1.1rem;margin:1.6rem 0 .4rem}
a{color:#1849a9}
.summary{display:flex;flex-wrap:wrap;gap:.5rem;margin:.6rem 0}
.card{border:1px solid #d5d9e2;border-radius:6px;padding:.35rem .7rem;background:#f7f8fa}
.card b{font-size:1.15rem;display:block}
.trend{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}
.trend-chart{flex:1 1 560px;max-width:980px;height:auto}
.trend-numbers{flex:0 1 auto;max-height:14rem;overflow-y:auto}
.trend-numbers table{width:auto;font-size:12px;table-layout:auto} .trend-numbers th{position:static}
.trend-numbers caption{text-align:left}
.js #items:not(.managed) tbody tr:nth-child(n+PAGE_NEXT){display:none}
button{font:inherit;padding:.3rem .8rem;margin:.3rem 0}
.controls{position:sticky;top:0;z-index:2;background:#fff;padding:.45rem 0;border-bottom:1px solid #d5d9e2;
  display:flex;gap:.6rem;align-items:center;flex-wrap:wrap}
input,select{font:inherit;padding:.25rem .4rem;max-width:100%}
table{border-collapse:collapse;width:100%;margin:.4rem 0;table-layout:fixed;font-size:13px;line-height:1.3}
th,td{border-bottom:1px solid #e3e6ec;padding:.3rem .4rem;text-align:left;vertical-align:top;
  overflow-wrap:anywhere}
th{background:#eef0f4;position:sticky;top:0;z-index:1;overflow-wrap:normal}
#items th{top:var(--controls-height,0);cursor:pointer;user-select:none}
th.sorted-asc::after{content:" \\25B2"} th.sorted-desc::after{content:" \\25BC"}
td.num,th.num{text-align:right} .muted{color:#667085}
td.cited a{overflow-wrap:break-word} small{display:block;font-size:12px;line-height:1.25}
td b{font-weight:600}
.badge{display:inline-block;border-radius:4px;padding:0 .35rem;font-size:.85em;background:#e7e9ef}
.newly_broken,.still_broken{background:#fde2e1} .soft_404,.failing,.content_replaced{background:#fff1d6}
.moved{background:#dff1ff} .unverifiable{background:#ececec} .drifted,.no_text{background:#efe4ff}
pre.changes{white-space:pre-wrap;font-size:12px;overflow-wrap:anywhere;margin:.2rem 0}
pre.changes del{background:#ffe0e0} pre.changes ins{background:#dcfce7}
.recovered{background:#dcf5e3}
@media print{
  body{margin:0;font-size:10pt} .controls,.no-print{display:none!important}
  th{position:static} thead{display:table-header-group} tr{break-inside:avoid}
  #items tbody tr{display:table-row!important} .trend-numbers{max-height:none;overflow:visible}
  a{color:inherit;text-decoration:none}
  table{font-size:8pt}
}
""".replace("PAGE_NEXT", str(PAGE_ROWS + 1))

_HEAD_SCRIPT = "document.documentElement.classList.add('js')"

_SCRIPT = """
(function(){
  var table=document.getElementById('items'); if(!table){document.body.dataset.ready='1';return;}
  var body=table.tBodies[0], rows=Array.prototype.slice.call(body.rows), order=rows.slice();
  var text=document.getElementById('filter'), section=document.getElementById('section');
  var shown=document.getElementById('shown'), more=document.getElementById('more');
  var controls=document.querySelector('.controls'), page=PAGE_ROWS, limit=page, words=null;
  function stick(){document.documentElement.style.setProperty('--controls-height',controls.offsetHeight+'px');}
  function apply(){
    var q=text.value.toLowerCase(), s=section.value, n=0, v=0;
    if(q&&!words){words=rows.map(function(r){return r.textContent.toLowerCase();});}
    table.removeChild(body);  // detached while rows change: one layout, not one per row
    order.forEach(function(r){
      var i=r.svIndex, ok=(!s||r.dataset.section===s)&&(!q||words[i].indexOf(q)>=0);
      if(ok){n++;} var show=ok&&v<limit; if(show){v++;}
      if(r.hidden===show){r.hidden=!show;}
    });
    table.appendChild(body); table.classList.add('managed');
    shown.textContent=v+' of '+rows.length+' shown'+((q||s)&&n>v?' ('+n+' match)':'');
    more.hidden=n<=v; more.textContent='Show '+Math.min(page,n-v)+' more';
  }
  rows.forEach(function(r,i){r.svIndex=i;});
  Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,i){
    th.addEventListener('click',function(){
      var asc=!th.classList.contains('sorted-asc');
      Array.prototype.forEach.call(table.tHead.rows[0].cells,function(c){c.classList.remove('sorted-asc','sorted-desc');});
      th.classList.add(asc?'sorted-asc':'sorted-desc');
      var num=th.dataset.type==='num', keyed=rows.map(function(r,k){
        var c=r.cells[i], v=c.dataset.sort!==undefined?c.dataset.sort:c.textContent;
        return {r:r,k:k,v:num?(parseFloat(v)||0):v.toLowerCase()};
      });
      keyed.sort(function(a,b){
        var c=num?a.v-b.v:(a.v<b.v?-1:a.v>b.v?1:0); if(!c){c=a.k-b.k;}
        return asc?c:-c;
      });
      table.removeChild(body);
      order=keyed.map(function(e){body.appendChild(e.r);return e.r;});
      table.appendChild(body); apply();
    });
  });
  function reset(){limit=page;apply();}
  text.addEventListener('input',reset); section.addEventListener('change',reset);
  more.addEventListener('click',function(){limit+=page;apply();});
  window.addEventListener('resize',stick); stick();
  apply(); document.body.dataset.ready='1';
})();
""".replace("PAGE_ROWS", str(PAGE_ROWS))


@dataclass(frozen=True)
class Column:
    name: str
    width: str  # of the table's width: the columns add up to 100%
    numeric: bool = False


# The table of citations needing attention, left to right. Widths are fixed (the table's layout does not
# wait for its last row, and a long URL cannot widen a column): they fit 1366 px with room for the cited title.
COLUMNS: tuple[Column, ...] = (
    Column("section", "5.5%"), Column("event", "20%"), Column("#", "2.5%", numeric=True), Column("cited", "17%"),
    Column("verdict", "14.5%"), Column("state", "7.5%"), Column("archived copy", "7%"), Column("what to do", "15.5%"),
    Column("replacement", "10.5%"))


def _e(value: object) -> str:
    return escape("" if value is None else str(value))


def _row(section_key: str, section_title: str, group: EventGroup, order: int, item: Item) -> str:
    code = f" ({item.status_code})" if item.status_code else ""
    replacement = _replacement(item)
    since = f'<small class="muted">since {_e(item.since[:10])}</small>' if item.since else ""
    fails = f'<small class="muted">{item.failures} failed</small>' if item.failures else ""
    return (
        f'<tr data-section="{_e(section_key)}">'
        f'<td data-sort="{order:03d}"><span class="badge {_e(section_key)}">{_e(section_title)}</span></td>'
        f"<td>{_event(group)}</td>"
        f'<td class="num">{item.position}</td>'
        f'<td class="cited"><a href="{_e(item.url)}">{_e(item.cited_title or item.url)}</a>'
        f'<br><span class="muted">{_e(item.outlet)}</span></td>'
        f"<td>{_e(item.verdict or 'unchecked')}{_e(code)}{_error(item)}</td>"
        f'<td data-sort="{_e(item.state)} {_e(item.since)}">{_e(item.state)}{since}{fails}</td>'
        f"<td>{_snapshot(item)}</td>"
        f"<td>{_e(_action_text(item))}{_edit_link(item)}{_changes(item)}</td>"
        f"<td>{replacement}</td></tr>"
    )


_REPLACEMENT_WORDS = {ReplacementKind.OUR_COPY: "our copy", ReplacementKind.SAVED_COPY: "hand-saved copy",
                      ReplacementKind.WAYBACK: "Wayback snapshot", ReplacementKind.CITED_ARCHIVE: "cited archive URL"}


def _replacement(item: Item) -> str:
    """The best replacement: a file of ours by its path, a web address by what it is (its address is the link's)."""
    if not item.replacement:
        return ""
    target, date = item.replacement, f"<small class=muted>{_e((item.replacement_date or '')[:10])}</small>"
    words = _REPLACEMENT_WORDS.get(item.replacement_kind, "replacement") if item.replacement_kind else "replacement"
    if target.startswith(("http://", "https://")):
        return f'<a href="{_e(target)}">{_e(words)}</a>{date}'
    return f"{_e(words)}<small><code>{_e(target)}</code></small>{date}"


def _error(item: Item) -> str:
    """The check's own words under its verdict, unless they only repeat the status code."""
    if not item.error or item.error == f"HTTP {item.status_code}":
        return ""
    return f'<small class="muted">{_e(item.error)}</small>'


def _event(group: EventGroup) -> str:
    """The event's id, title and file; a file named after its event's id stands for both (the id is in it)."""
    name = group.file.rsplit("/", 1)[-1]
    title = f'<small class="muted">{_e(group.title)}</small>' if group.title else ""
    if name.rsplit(".", 1)[0] == group.event_id:
        return f"<b>{_e(group.file)}</b>{title}"
    return f'<b>{_e(group.event_id)}</b>{title}<small class="muted">{_e(group.file)}</small>'


def _action_text(item: Item) -> str:
    """What to do, without the replacement's address when the replacement column shows it."""
    if item.replacement:
        return item.action.replace(f" ({item.replacement})", "")
    return item.action


def _snapshot(item: Item) -> str:
    if not item.snapshot_url:
        return ""
    warning = ' <b class="warn">only safety net is dead</b>' if item.only_safety_net_dead else ""
    return f'<a href="{_e(item.snapshot_url)}">{_e(snapshot_health(item))}</a>{warning}'


def _edit_link(item: Item) -> str:
    return f' <a href="#{_e(item.edit)}">proposed edit</a>' if item.edit else ""


def _proposal_row(p: dict) -> list[str]:
    where = f"{p['file']}:{p['line']}" if p.get("line") else p["file"]
    change = "hand edit" if FixAction(p["action"]) is FixAction.NONE else (
        f"{p['old_value']} → {p['new_value']}" if p.get("old_value") else f"add {p['new_value']}")
    return [f'<span id="{_e(p["anchor"])}">{_e(p["action"])}</span>', _e(where), _e(p.get("field")),
            _e(change), _e(p["detail"])]


def _changes(item: Item) -> str:
    """A drifted citation's word-level changes, removed words struck out and added ones underlined."""
    if not item.drift_excerpt:
        return ""
    shown = _e(item.drift_excerpt)
    shown = re.sub(r"\[-(.*?)-\]", r"<del>\1</del>", shown)
    shown = re.sub(r"\{\+(.*?)\+\}", r"<ins>\1</ins>", shown)
    return f'<details><summary>what changed</summary><pre class="changes">{shown}</pre></details>'


def _table(title: str, columns: Sequence[Column], rows: list[list[str]], table_id: str = "") -> list[str]:
    """A titled table of already-escaped cells, or "None." when there are no rows."""
    out = [f"<h2>{_e(title)}</h2>"]
    if not rows:
        return out + ["<p>None.</p>"]
    out.append(_table_head(columns, table_id))
    out += ["<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows]
    return out + ["</tbody></table>"]


def _table_head(columns: Sequence[Column], table_id: str = "") -> str:
    ident = f' id="{table_id}"' if table_id else ""
    return (f"<table{ident}><colgroup>" + "".join(f'<col style="width:{c.width}">' for c in columns)
            + "</colgroup><thead><tr>"
            + "".join(f'<th scope="col"{" class=num data-type=num" if c.numeric else ""}>{_e(c.name)}</th>'
                      for c in columns) + "</tr></thead><tbody>")


def _cards(s: dict) -> str:
    by_state = s["links_by_state"]
    cards = [("events", s["events"]), ("citations", s["citations"]), ("links", s["links"]),
             ("broken", by_state.get("broken", 0)), ("newly broken", s["newly_broken_links"]),
             ("failing", by_state.get("failing", 0)), ("unverifiable", by_state.get("unverifiable", 0)),
             ("healthy", by_state.get("healthy", 0)), ("input problems", s["problems"]),
             ("copies to review", s["copies_to_review"])]
    if s.get("links_behind_archive_urls"):  # in "links", in no state: cited only through an archive URL
        cards.insert(3, ("links only behind archive URLs", s["links_behind_archive_urls"]))
    return '<div class="summary">' + "".join(f'<div class="card"><b>{_e(v)}</b>{_e(k)}</div>' for k, v in cards) + \
        "</div>"


def _trend(trend: list[dict]) -> list[str]:
    """The trend drawn, and its numbers in a table beside the chart (what a screen reader reads)."""
    if not trend:
        return []
    states = [state for state, _ in TREND_STATES]
    rows = "".join(
        f"<tr><td>{_e(t['generated_at'][:16].replace('T', ' '))}</td>"
        + "".join(f'<td class="num">{(t.get("links_by_state") or {}).get(st, 0)}</td>' for st in states) + "</tr>"
        for t in trend)
    return ['<h2>Trend</h2><div class="trend">', trend_svg(trend),
            '<div class="trend-numbers"><table><caption class="muted">Links by state, one row per report</caption>'
            "<thead><tr><th>report</th>" + "".join(f'<th class="num">{st}</th>' for st in states)
            + f"</tr></thead><tbody>{rows}</tbody></table></div></div>"]


_PROPOSAL_COLUMNS = (Column("edit", "10%"), Column("file", "22%"), Column("field", "12%"), Column("change", "30%"),
                     Column("why", "26%"))
_PROBLEM_COLUMNS = (Column("file", "22%"), Column("event", "16%"), Column("field", "10%"), Column("value", "18%"),
                    Column("problem", "17%"), Column("what to do", "17%"))
_COPY_COLUMNS = (Column("copy", "35%"), Column("status", "10%"), Column("url", "30%"), Column("title", "25%"))


def render(report: Report) -> str:
    s = report.summary
    parts = [
        "<!doctype html>", '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>sourcevault report {_e(report.generated_at)}</title><style>{_STYLE}</style>"
        f"<script>{_HEAD_SCRIPT}</script></head><body>",
        f"<h1>Broken-link report</h1><p class=muted>Generated {_e(report.generated_at)}"
        + (f"; “new” means since the report of {_e(s['baseline'])}" if s.get("baseline") else "") + "</p>",
        _cards(s),
    ]
    parts += _trend(report.trend)
    options = "".join(f'<option value="{_e(sec.key)}">{_e(sec.title)} ({sec.count})</option>'
                      for sec in report.sections)
    total = sum(sec.count for sec in report.sections)
    parts.append(
        f'<section class="attention"><h2>Citations that need attention ({total})</h2>'
        f'<div class="controls"><select id="section" aria-label="Section"><option value="">All sections</option>'
        f"{options}</select>"
        '<input id="filter" type="search" aria-label="Filter" placeholder="Filter: event, URL, outlet, verdict…" '
        'size="40"><span id="shown" class="muted"></span></div>')
    parts.append(_table_head(COLUMNS, "items"))
    for order, section in enumerate(report.sections):
        for group in section.events:
            for item in group.items:
                parts.append(_row(section.key, section.title, group, order, item))
    parts.append('</tbody></table><button id="more" type="button" class="no-print" hidden>Show more</button></section>')
    parts += _table(report.fix_title, _PROPOSAL_COLUMNS, [_proposal_row(p) for p in report.proposals])
    parts += _table(f"Input problems ({len(report.problems)})", _PROBLEM_COLUMNS,
                    [[_e(p["file"]), _e(p["event_id"]), _e(p["field"]), _e(p["value"]), _e(p["message"]),
                      _e(p["action"])] for p in report.problems])
    parts += _table(f"Archived copies to review ({len(report.copies_to_review)})", _COPY_COLUMNS,
                    [[_e(c["path"]), _e(c["status"]), _e(c["url"]), _e(c["title"])] for c in report.copies_to_review])
    parts.append(f"<script>{_SCRIPT}</script></body></html>")
    return "\n".join(parts) + "\n"
