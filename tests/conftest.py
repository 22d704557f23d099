import json
import shutil
from pathlib import Path

import pytest

from geomap.api import SAMPLE_ARTICLE
from geomap.article import read_article
from geomap.index import load_index
from geomap.pipeline import extract

ROOT = Path(__file__).resolve().parents[1]
EVAL_DIR = ROOT.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def index():
    return load_index()


@pytest.fixture(scope="session")
def sample_article():
    return read_article(SAMPLE_ARTICLE)


@pytest.fixture(scope="session")
def sample_doc(sample_article, index):
    """The sample article extracted afresh (not read from the committed data file)."""
    return extract(sample_article, index=index)


@pytest.fixture(scope="session")
def lgl_docs():
    path = EVAL_DIR / "lgl.jsonl"
    if not path.exists():
        pytest.skip(f"evaluation corpus not found at {path}")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


@pytest.fixture
def sample_copy(tmp_path):
    """The sample article copied into a scratch folder, so builds can write beside it."""
    target = tmp_path / SAMPLE_ARTICLE.name
    shutil.copy(SAMPLE_ARTICLE, target)
    return target
