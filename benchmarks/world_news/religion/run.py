"""Run geomap over the articles in cases.py beside this file; print every error, then the
counts as one JSON line (the scorer is ../article_runner.py)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from article_runner import main  # noqa: E402

main(HERE)
