"""The page benchmark's pure parts (bench/pages_wrk.py): reading wrk's output, the ratio to the
static file, and latest.md/latest.json with the previous run's figures beside the new ones.
No timings: what `make bench` measures is in bench/results/latest.md."""

import json

import pytest

from bench import pages_wrk

WRK_OUTPUT = """Running 8s test @ http://127.0.0.1:40123/agenda/
  2 threads and 8 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   412.50ms  120.33ms   1.20s    70.00%
    Req/Sec     9.80      4.10    20.00     60.00%
  155 requests in 8.02s, 6.10MB read
Requests/sec:     19.33
Transfer/sec:    778.90KB
RESULT {"requests": 155, "seconds": 8.020, "p50_ms": 398.2, "p95_ms": 702.9, "errors": 0, \
"non_2xx_3xx": 0, "timeouts": 0}
"""


def test_wrk_output_gives_requests_per_second_p50_p95_and_errors():
    result = pages_wrk.parse_wrk(WRK_OUTPUT)

    assert result["requests"] == 155
    assert result["requests_per_second"] == 19.3  # 155 / 8.02 s
    assert result["wrk_requests_per_second"] == 19.33
    assert (result["p50_ms"], result["p95_ms"]) == (398.2, 702.9)
    assert result["errors"] == 0


def test_wrk_output_without_the_result_line_is_an_error_that_shows_the_output():
    with pytest.raises(ValueError, match="unable to connect"):
        pages_wrk.parse_wrk("unable to connect to 127.0.0.1:40123 Connection refused\n")


def test_a_run_without_requests_has_no_rate_and_no_cpu_per_request():
    result = pages_wrk.parse_wrk(
        'RESULT {"requests": 0, "seconds": 0, "p50_ms": 0, "p95_ms": 0, "errors": 8, '
        '"non_2xx_3xx": 0, "timeouts": 8}\n'
    )

    assert result["requests_per_second"] == 0.0
    assert pages_wrk.cpu_per_request(1.5, 0) is None
    assert pages_wrk.cpu_per_request(1.5, 300) == 5.0


def test_ratio_to_the_ceiling():
    assert pages_wrk.ratio(40.0, 1900.0) == 0.021
    assert pages_wrk.ratio(1900.0, 1900.0) == 1.0
    assert pages_wrk.ratio(40.0, 0) is None
    assert pages_wrk.ratio(None, 1900.0) is None


def test_percentile_is_the_nearest_rank():
    values = [float(n) for n in range(1, 101)]

    assert pages_wrk.percentile(values, 50) == 50.0
    assert pages_wrk.percentile(values, 95) == 95.0
    assert pages_wrk.percentile([7.0], 95) == 7.0


def _report(agenda_rps: float, static_rps: float, post_rps: float) -> dict:
    def cell(rps, sql=None):
        return {
            "requests_per_second": rps,
            "p50_ms": 10.0,
            "p95_ms": 20.0,
            "cpu_ms_per_request": 3.5,
            "errors": 0,
            "sql": sql or {"redis": 4, "database": 5, "redis_ms": 12.3},
        }

    burst_step = {"requests_per_second": post_rps, "p50_ms": 1.0, "p95_ms": 2.0}
    return {
        "generated_at": "2026-12-02 21:00 UTC",
        "machine": {"cpus": 2, "load_average_at_start": 2.5},
        "setup": "20,058 pages",
        "code": "98aead6",
        "pages": {
            "agenda": {
                "label": "/agenda/",
                "path": "/agenda/",
                "off": cell(agenda_rps),
                "on": cell(agenda_rps * 10, {"redis": 0, "database": 1}),
            },
            "static": {
                "label": "static file (ceiling)",
                "path": "/static/css/site.css",
                "off": cell(static_rps, {"redis": 0, "database": 0}),
                "on": cell(static_rps, {"redis": 0, "database": 0}),
            },
        },
        "worker_rss_mb": {"off": [180.2, 190.4], "on": [170.0, 210.5]},
        "registration": {
            "attempts": 200,
            "seats": 50,
            "post": {**burst_step, "statuses": {"303": 200}},
            "confirm": {**burst_step, "requests_per_second": 30.0, "statuses": {"200": 200}},
            "confirmed": 50,
            "waitlisted": 150,
            "pending": 0,
            "overbooked": 0,
        },
    }


def test_the_first_run_writes_both_files_with_ratios_and_no_previous_figures(tmp_path):
    pages_wrk.write_results(_report(agenda_rps=20.0, static_rps=2000.0, post_rps=40.0), tmp_path)

    stored = json.loads((tmp_path / "latest.json").read_text())
    assert stored["previous_run"] is None
    assert stored["pages"]["agenda"]["off"]["ratio_to_static"] == 0.01
    assert stored["pages"]["agenda"]["on"]["ratio_to_static"] == 0.1
    assert stored["pages"]["agenda"]["off"]["previous_requests_per_second"] is None
    table = (tmp_path / "latest.md").read_text()
    assert "load average at start 2.50" in table
    assert "Previous run: none" in table
    assert "Code: 98aead6." in table
    row = "| /agenda/ | off | 20.0 | – | – | 10.0 | 20.0 | 4 / 5 | 12.3 | 3.50 | 0.010 | 0 |"
    assert row in table
    assert "| static file (ceiling) | on | 2,000.0 | – | – |" in table


def test_a_second_run_shows_the_previous_figures_beside_the_new_ones(tmp_path):
    pages_wrk.write_results(_report(agenda_rps=20.0, static_rps=2000.0, post_rps=40.0), tmp_path)
    second = _report(agenda_rps=10.0, static_rps=2000.0, post_rps=120.0)
    second["generated_at"] = "2026-12-02 22:00 UTC"

    pages_wrk.write_results(second, tmp_path)

    stored = json.loads((tmp_path / "latest.json").read_text())
    assert stored["generated_at"] == "2026-12-02 22:00 UTC"
    assert stored["previous_run"] == "2026-12-02 21:00 UTC"
    assert stored["pages"]["agenda"]["off"]["requests_per_second"] == 10.0
    assert stored["pages"]["agenda"]["off"]["previous_requests_per_second"] == 20.0
    assert stored["registration"]["post"]["previous_requests_per_second"] == 40.0
    table = (tmp_path / "latest.md").read_text()
    assert "Previous run: 2026-12-02 21:00 UTC" in table
    # The regression shows: half the previous rate.
    assert "| /agenda/ | off | 10.0 | 20.0 | -50% |" in table
    assert "| registration POST | 120.0 | 40.0 | +200% |" in table


def test_memory_and_the_registration_burst_are_in_the_table(tmp_path):
    pages_wrk.write_results(_report(agenda_rps=20.0, static_rps=2000.0, post_rps=40.0), tmp_path)

    table = (tmp_path / "latest.md").read_text()
    assert "| off | 180, 190 | 190 | yes |" in table
    assert "| on | 170, 210 | 210 | no |" in table  # above the 200 MB target
    assert "| confirmation POST | 30.0 |" in table
    assert "200× 303" in table
    assert "50 confirmed, 150 on the waitlist, 0 pending; overbooked: 0 (exactly 50" in table
