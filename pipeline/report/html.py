"""The report as one self-contained HTML page: no external assets, sortable and filterable.

Rows are rendered on the server, so the page reads fine without scripts; a
small inline script adds sorting (click a column header), a text filter and a
section filter, and keeps a "N of M shown" count.
"""

from __future__ import annotations

import re
from html import escape

from ..models import FixAction
from .model import Item, Report, snapshot_health

_STYLE = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:1.5rem;color:#1d2330}
h1{font-size:1.4rem;margin:0 0 .5rem} h2{font-size:1.1rem;margin:1.6rem 0 .4rem}
.summary{display:flex;flex-wrap:wrap;gap:.5rem;margin:.6rem 0}
.card{border:1px solid #d5d9e2;border-radius:6px;padding:.35rem .7rem;background:#f7f8fa}
.card b{font-size:1.15rem;display:block}
.controls{position:sticky;top:0;background:#fff;padding:.5rem 0;border-bottom:1px solid #d5d9e2;
  display:flex;gap:.6rem;align-items:center;flex-wrap:wrap}
input,select{font:inherit;padding:.25rem .4rem}
table{border-collapse:collapse;width:100%;margin:.4rem 0}
th,td{border-bottom:1px solid #e3e6ec;padding:.3rem .45rem;text-align:left;vertical-align:top}
th{background:#eef0f4;cursor:pointer;user-select:none;white-space:nowrap}
th.sorted-asc::after{content:" \\25B2"} th.sorted-desc::after{content:" \\25BC"}
td.num{text-align:right} .muted{color:#667085} .url{word-break:break-all}
.badge{display:inline-block;border-radius:4px;padding:0 .35rem;font-size:.85em;background:#e7e9ef}
.newly_broken,.still_broken{background:#fde2e1} .soft_404,.failing,.content_replaced{background:#fff1d6}
.moved{background:#dff1ff} .unverifiable{background:#ececec} .drifted,.no_text{background:#efe4ff}
pre.changes{white-space:pre-wrap;font-size:12px} pre.changes del{background:#ffe0e0} pre.changes ins{background:#dcfce7}
.recovered{background:#dcf5e3}
"""

_SCRIPT = """
(function(){
  var table=document.getElementById('items'), body=table.tBodies[0];
  var rows=Array.prototype.slice.call(body.rows);
  var text=document.getElementById('filter'), section=document.getElementById('section');
  var shown=document.getElementById('shown');
  function apply(){
    var q=text.value.toLowerCase(), s=section.value, n=0;
    rows.forEach(function(r){
      var ok=(!s||r.dataset.section===s)&&(!q||r.textContent.toLowerCase().indexOf(q)>=0);
      r.style.display=ok?'':'none'; if(ok){n++;}
    });
    shown.textContent=n+' of '+rows.length+' shown';
  }
  Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,i){
    th.addEventListener('click',function(){
      var asc=!th.classList.contains('sorted-asc');
      Array.prototype.forEach.call(table.tHead.rows[0].cells,function(c){c.classList.remove('sorted-asc','sorted-desc');});
      th.classList.add(asc?'sorted-asc':'sorted-desc');
      var num=th.dataset.type==='num';
      rows.sort(function(a,b){
        var x=a.cells[i].dataset.sort||a.cells[i].textContent, y=b.cells[i].dataset.sort||b.cells[i].textContent;
        var c=num?(parseFloat(x)||0)-(parseFloat(y)||0):x.localeCompare(y);
        return asc?c:-c;
      });
      rows.forEach(function(r){body.appendChild(r);});
    });
  });
  text.addEventListener('input',apply); section.addEventListener('change',apply);
  apply(); document.body.dataset.ready='1';
})();
"""

_COLUMNS = [("section", ""), ("event", ""), ("#", "num"), ("cited", ""), ("verdict", ""), ("state", ""),
            ("since", ""), ("fails", "num"), ("error", ""), ("archived copy", ""), ("what to do", ""),
            ("replacement", "")]


def _e(value: object) -> str:
    return escape("" if value is None else str(value))


def _row(section_key: str, section_title: str, group_id: str, group_title: str | None, file: str,
         order: int, item: Item) -> str:
    code = f" ({item.status_code})" if item.status_code else ""
    replacement = ""
    if item.replacement:
        target = item.replacement
        shown = (f'<a href="{_e(target)}">{_e(target)}</a>' if target.startswith("http")
                 else f"<code>{_e(target)}</code>")
        replacement = f'{shown} <span class="muted">{_e(item.replacement_kind)} {_e(item.replacement_date)}</span>'
    return (
        f'<tr data-section="{_e(section_key)}">'
        f'<td data-sort="{order:03d}"><span class="badge {_e(section_key)}">{_e(section_title)}</span></td>'
        f'<td><b>{_e(group_id)}</b><br><span class="muted">{_e(group_title)}</span><br>'
        f'<span class="muted">{_e(file)}</span></td>'
        f'<td class="num">{item.position}</td>'
        f'<td class="url"><a href="{_e(item.url)}">{_e(item.cited_title or item.url)}</a>'
        f'<br><span class="muted">{_e(item.outlet)}</span></td>'
        f'<td>{_e(item.verdict or "unchecked")}{_e(code)}</td><td>{_e(item.state)}</td>'
        f'<td>{_e((item.since or "")[:10])}</td><td class="num">{item.failures}</td>'
        f'<td>{_e(item.error)}</td><td>{_snapshot(item)}</td><td>{_e(item.action)}{_edit_link(item)}{_changes(item)}</td>'
        f'<td class="url">{replacement}</td></tr>'
    )


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
            f'<span class="url">{_e(change)}</span>', _e(p["detail"])]


def _changes(item: Item) -> str:
    """A drifted citation's word-level changes, removed words struck out and added ones underlined."""
    if not item.drift_excerpt:
        return ""
    shown = _e(item.drift_excerpt)
    shown = re.sub(r"\[-(.*?)-\]", r"<del>\1</del>", shown)
    shown = re.sub(r"\{\+(.*?)\+\}", r"<ins>\1</ins>", shown)
    return f'<details><summary>what changed</summary><pre class="changes">{shown}</pre></details>'


def _table(title: str, headers: list[str], rows: list[list[str]]) -> list[str]:
    """A titled table of already-escaped cells, or "None." when there are no rows."""
    out = [f"<h2>{_e(title)}</h2>"]
    if not rows:
        return out + ["<p>None.</p>"]
    out.append("<table><thead><tr>" + "".join(f"<th>{_e(h)}</th>" for h in headers) + "</tr></thead><tbody>")
    out += ["<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows]
    return out + ["</tbody></table>"]


def render(report: Report) -> str:
    s = report.summary
    by_state = s["links_by_state"]
    cards = [("events", s["events"]), ("citations", s["citations"]), ("links", s["links"]),
             ("broken", by_state.get("broken", 0)), ("newly broken", s["newly_broken_links"]),
             ("failing", by_state.get("failing", 0)), ("unverifiable", by_state.get("unverifiable", 0)),
             ("healthy", by_state.get("healthy", 0)), ("input problems", s["problems"]),
             ("copies to review", s["copies_to_review"])]
    if s.get("links_behind_archive_urls"):  # in "links", in no state: cited only through an archive URL
        cards.insert(3, ("links only behind archive URLs", s["links_behind_archive_urls"]))
    parts = [
        "<!doctype html>", '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>sourcevault report {_e(report.generated_at)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>Broken-link report</h1><p class=muted>Generated {_e(report.generated_at)}"
        + (f"; “new” means since the report of {_e(s['baseline'])}" if s.get("baseline") else "") + "</p>",
        '<div class="summary">' + "".join(f'<div class="card"><b>{_e(v)}</b>{_e(k)}</div>' for k, v in cards)
        + "</div>",
    ]
    if report.trend:
        parts.append("<h2>Trend</h2><table><thead><tr><th>report</th><th>broken</th><th>failing</th>"
                     "<th>unverifiable</th><th>healthy</th></tr></thead><tbody>")
        for t in report.trend:
            st = t.get("links_by_state", {})
            parts.append(f"<tr><td>{_e(t['generated_at'])}</td><td>{st.get('broken', 0)}</td>"
                         f"<td>{st.get('failing', 0)}</td><td>{st.get('unverifiable', 0)}</td>"
                         f"<td>{st.get('healthy', 0)}</td></tr>")
        parts.append("</tbody></table>")
    options = "".join(f'<option value="{_e(sec.key)}">{_e(sec.title)} ({sec.count})</option>'
                      for sec in report.sections)
    parts.append(
        '<h2>Citations that need attention</h2><div class="controls">'
        '<input id="filter" type="search" placeholder="Filter: event, URL, outlet, verdict…" size="40">'
        f'<select id="section"><option value="">All sections</option>{options}</select>'
        '<span id="shown" class="muted"></span></div>')
    parts.append('<table id="items"><thead><tr>' + "".join(
        f'<th data-type="{t}">{_e(name)}</th>' for name, t in _COLUMNS) + "</tr></thead><tbody>")
    for order, section in enumerate(report.sections):
        for group in section.events:
            for item in group.items:
                parts.append(_row(section.key, section.title, group.event_id, group.title, group.file, order, item))
    parts.append("</tbody></table>")
    parts += _table(report.fix_title, ["edit", "file", "field", "change", "why"],
                    [_proposal_row(p) for p in report.proposals])
    parts += _table(f"Input problems ({len(report.problems)})",
                    ["file", "event", "field", "value", "problem", "what to do"],
                    [[_e(p["file"]), _e(p["event_id"]), _e(p["field"]), f'<span class="url">{_e(p["value"])}</span>',
                      _e(p["message"]), _e(p["action"])] for p in report.problems])
    parts += _table(f"Archived copies to review ({len(report.copies_to_review)})", ["copy", "status", "url", "title"],
                    [[_e(c["path"]), _e(c["status"]), _e(c["url"]), _e(c["title"])] for c in report.copies_to_review])
    parts.append(f"<script>{_SCRIPT}</script></body></html>")
    return "\n".join(parts) + "\n"
