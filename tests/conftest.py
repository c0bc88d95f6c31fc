"""Shared test set-up: the helpers in this folder (newspages, servers) are importable."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
