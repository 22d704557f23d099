"""A data file's header is geomap's help, not the user's data: merging a fresh extraction brings it up
to date where the user left it as geomap wrote it (a file written before the accident type existed
listed no "accident" among the event types), and keeps it where the user changed it."""

from click.testing import CliRunner

from geomap.cli import cli

KYIV = "A drone strike hit Kyiv on 2025-03-04, killing 5 people. Officials in Lviv said the city was calm.\n"
NEW_TYPES = "attack, disaster, accident, statement, other"
OLD_TYPES = "attack, disaster, statement, other"


def _extract(path):
    result = CliRunner().invoke(cli, ["extract", str(path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output


def _age(path):
    """Write ``path`` as an older geomap did: its header without the accident type."""
    text = path.read_text(encoding="utf-8")
    assert NEW_TYPES in text
    path.write_text(text.replace(NEW_TYPES, OLD_TYPES), encoding="utf-8")


def test_a_header_left_as_geomap_wrote_it_is_brought_up_to_date(tmp_path):
    article = tmp_path / "kyiv.txt"
    article.write_text(KYIV, encoding="utf-8")
    _extract(article)
    data_file, base_file = tmp_path / "kyiv.geomap.yaml", tmp_path / ".kyiv.geomap.base.yaml"
    fresh = data_file.read_text(encoding="utf-8")
    _age(data_file)
    _age(base_file)
    _extract(article)
    assert data_file.read_text(encoding="utf-8") == fresh


def test_a_header_the_user_changed_is_kept(tmp_path):
    article = tmp_path / "kyiv.txt"
    article.write_text(KYIV, encoding="utf-8")
    _extract(article)
    data_file, base_file = tmp_path / "kyiv.geomap.yaml", tmp_path / ".kyiv.geomap.base.yaml"
    _age(base_file)
    mine = "# Checked against the ministry's list on 5 March.\n" + data_file.read_text(encoding="utf-8")
    data_file.write_text(mine.replace(NEW_TYPES, OLD_TYPES), encoding="utf-8")
    _extract(article)
    text = data_file.read_text(encoding="utf-8")
    assert text.startswith("# Checked against the ministry's list on 5 March.\n") and OLD_TYPES in text
