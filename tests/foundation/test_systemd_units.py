"""The systemd units shipped for a real server (platform/deploy/systemd/) are valid units:
`systemd-analyze verify` reads each one as systemd would, with instance names as a server has
them. The only complaint it may make here is that the application is not installed under
/srv/kennisplatform on this machine."""

import shutil
import subprocess
from pathlib import Path

from ..helpers import service_missing

UNITS = Path(__file__).resolve().parents[2] / "platform" / "deploy" / "systemd"
INSTANCES = {
    "kennisplatform-web@.service": "kennisplatform-web@8001.service",
    "kennisplatform-worker@.service": "kennisplatform-worker@1.service",
    "kennisplatform-command@.service": "kennisplatform-command@clearsessions.service",
    "kennisplatform-daily@.timer": "kennisplatform-daily@clearsessions.timer",
    "kennisplatform-minutely@.timer": "kennisplatform-minutely@send_event_reminders.timer",
    "kennisplatform.target": "kennisplatform.target",
}


def test_every_shipped_unit_passes_systemd_analyze_verify(tmp_path):
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        service_missing("systemd-analyze is not installed (Debian's systemd package)")
    assert sorted(p.name for p in UNITS.iterdir()) == sorted(INSTANCES)
    for template, instance in INSTANCES.items():
        shutil.copy(UNITS / template, tmp_path / template)
        shutil.copy(UNITS / template, tmp_path / instance)
    result = subprocess.run(  # noqa: S603 - our own unit files
        [analyze, "verify", "--man=no", *(str(tmp_path / i) for i in INSTANCES.values())],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    complaints = [
        line
        for line in (result.stdout + result.stderr).splitlines()
        if line.strip() and "/srv/kennisplatform/app/.venv/bin/" not in line
    ]
    assert complaints == [], complaints
