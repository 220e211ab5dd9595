"""Dataset names are shown in the sidebar, URLs, file names and messages: plain words only."""

from __future__ import annotations

import pytest

from stance.upload import check_dataset_name
from stance.upload.problems import UploadError


@pytest.mark.parametrize("name", ["![x](http://host/p.png)", "[link](javascript:alert(1))",
                                  "<b>bold</b>", "a,b", "=HYPERLINK(1)", "_hidden", "sample"])
def test_names_that_could_carry_markup_or_formulas_are_refused(name):
    with pytest.raises(UploadError):
        check_dataset_name(name)


@pytest.mark.parametrize("name", ["Coded statements 2019", "UN speeches v1.2", "Ülkü-team_3"])
def test_plain_names_are_kept(name):
    assert check_dataset_name(name) == name
