"""Where a page sends its reader by itself (pipeline/check/redirects.py), as read with the page's facts."""

from __future__ import annotations

import pytest

from pipeline.check.pagefacts import read_page


def test_a_script_redirect_counts_only_when_unconditional_at_the_top_level() -> None:
    def target(script: str) -> str:
        return read_page(f"<html><body><script>{script}</script></body></html>".encode()).script_redirect
    assert target("window.location.replace('/');") == "/"
    assert target("var a = 1;\nlocation.href = \"/home\"") == "/home"
    assert target("if (mobile) { location.href = '/m/'; }") == ""
    assert target("function go() { location.href = '/'; }") == ""
    # a timer counts as a refresh does: soon (within REFRESH_MAX_DELAY_S), its callback that one statement
    assert target("setTimeout(function () { location.replace('/') }, 10)") == "/"
    assert target("setTimeout(function () { location.replace('/') }, 60000)") == ""
    assert target("mobile && location.assign('/m/')") == ""


def test_a_body_handler_that_runs_by_itself_is_read_as_a_script() -> None:
    def target(body_tag: str) -> str:
        return read_page(f"<html>{body_tag}<p>Redirecting</p></body></html>".encode()).script_redirect
    assert target("<body onload=\"window.location='/'\">") == "/"
    assert target("<BODY class=x onLoad='location.href=&quot;/home&quot;'>") == "/home"
    assert target("<body onload=\"if (innerWidth < 600) location='/m/'\">") == ""  # conditional
    assert target("<body><img src=a.png onload=\"location='/'\">") == ""  # not the page's own handler
    assert target("<body><a href=# onclick=\"location='/'\">home</a>") == ""  # the reader's choice


@pytest.mark.parametrize("script, target", [
    ("setTimeout(function(){window.location.href='/'},1500)", "/"),
    ("setTimeout(() => { location.replace('/start') }, 2000);", "/start"),
    ("window.location = window.location.origin;", "/"),
    ("location.assign(location.origin + '/')", "/"),
    ("setTimeout(function(){location.href='/'}, 600000)", ""),  # a session's timeout, minutes later
    ("setTimeout(function(){ if (!ok) location.href='/' }, 1000)", ""),  # a condition in the callback
    ("window.location = window.location.origin + '/fr/' + slug;", ""),  # somewhere else on the site
])
def test_a_timer_redirect_and_the_origin_as_target(script: str, target: str) -> None:
    page = read_page(f"<html><head><script>{script}</script></head><body></body></html>".encode())
    assert page.script_redirect == target


@pytest.mark.parametrize("script, target", [
    ("$(function(){ window.location = \"/\"; });", "/"),
    ("jQuery(document).ready(function () { location.href = '/home'; });", "/home"),
    ("document.addEventListener('DOMContentLoaded', () => { location.replace('/'); });", "/"),
    ("location.pathname = '/';", "/"),
    ("window.location.href = window.location.protocol + '//' + window.location.host;", "/"),
    ("$(function(){ if (old) { window.location = '/'; } });", ""),  # a condition inside the handler
    ("$(function(){ window.location = '/'; track(); });", ""),  # not the handler's one statement
    ("$('#go').on('click', function(){ location.href = '/'; });", ""),  # the reader's choice
])
def test_a_ready_handler_a_path_and_a_spelled_out_origin_as_redirects(script: str, target: str) -> None:
    page = read_page(f"<html><head><script>{script}</script></head><body></body></html>".encode())
    assert page.script_redirect == target
