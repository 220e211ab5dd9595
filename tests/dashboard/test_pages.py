"""AppTest of every dashboard page on the fixture database (known answers, no spaCy).

Fixture: CHN eases twice (China, Wang Yi), USA tightens three times (Nikki Haley twice with the
same quote in two outlets, the United States once on Iran), Japan is neutral once.
"""

from __future__ import annotations

import io
import json
import zipfile
from urllib.parse import parse_qsl, urlsplit

import duckdb
import pytest
from streamlit.util import calc_hash

from dashboard.sidebar import from_query
from stance.models import Article, Statement, statement_id
from stance.pipeline import load_file
from stance.provenance import export_statements_file
from stance.store import Database, close_all, open_database
from stance.upload import STATEMENTS, set_hidden

PAGES = ["overview", "countries", "officials", "outlets", "quotes", "statements", "article",
         "analyze"]
HALEY_FIRST = "7ebf63928599e574c954"  # Nikki Haley's statement in article one


def _html(at) -> str:
    return "\n".join(h.proto.body for h in at.get("html"))


@pytest.mark.parametrize("page", PAGES)
def test_every_page_opens_without_errors(open_page, problems, fixture_app, page):
    at = open_page(page)
    assert problems(at) == []
    assert at.title, f"{page} has no title"


@pytest.mark.parametrize("page", PAGES)
def test_presentation_mode_hides_the_sidebar_on_every_page(open_page, problems, fixture_app, page):
    at = open_page(page, {"present": "1"})
    assert problems(at) == []
    assert len(at.sidebar.children) == 0 or not any(
        True for _ in at.sidebar.multiselect)
    assert "stSidebar" in _html(at) and "display: none" in _html(at)


def test_overview_presents_one_slide_at_a_time(open_page, fixture_app):
    at = open_page("overview", {"present": "1"})
    assert [m.label for m in at.metric] == ["Articles", "Statements", "Countries", "Officials"]
    assert at.button(key="slide_prev").disabled
    at.button(key="slide_next").click().run()
    assert at.query_params["slide"] == "2"
    assert not at.metric  # slide 2 is the stance-by-country chart, not the counts
    at.button(key="slide_exit").click().run()
    assert "present" not in at.query_params
    assert at.sidebar.multiselect(key="filter_country") is not None


def test_empty_database_says_how_to_load_articles(open_page, problems, fixture_app):
    set_hidden(open_database(fixture_app), "fixture", True)
    close_all()
    at = open_page("overview")
    assert problems(at) == []
    assert any("no statements yet" in i.value for i in at.info)


def test_unusable_database_file_gets_a_message_not_a_traceback(open_page, tmp_path, monkeypatch):
    folder = tmp_path / "a_folder.duckdb"
    folder.mkdir()  # a directory where the database file should be
    monkeypatch.setenv("STANCE_DB", str(folder))
    at = open_page("overview")
    assert not at.exception
    assert any("cannot be opened" in e.value or "could not be prepared" in e.value
               for e in at.error)


def test_filters_survive_a_page_switch(open_page, fixture_app):
    at = open_page("overview", {"country": "CHN"})
    assert at.sidebar.multiselect(key="filter_country").value == ["CHN"]
    at.query_params.clear()  # what the navigation menu does when switching pages
    at._page_hash = calc_hash("officials")
    at.run()
    assert at.sidebar.multiselect(key="filter_country").value == ["CHN"]
    assert at.query_params["country"] == "CHN"
    assert list(at.dataframe[0].value["speaker"]) == ["Wang Yi"]


def test_countries_profiles_one_country(open_page, problems, fixture_app):
    at = open_page("countries", {"country": "CHN"})
    assert problems(at) == []
    assert [s.value for s in at.subheader][0] == "China (CHN)"
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Statements"] == "2" and metrics["Officials"] == "1"


def test_country_timeline_narrows_to_one_target(open_page, problems, fixture_app):
    at = open_page("countries", {"country": "USA"})
    picker = at.selectbox(key="country_on_USA")
    assert picker.options == ["every target", "North Korea", "Iran"]
    picker.set_value("IRN").run()
    assert problems(at) == []
    assert at.sidebar.multiselect(key="filter_target").value == []  # the page's own choice


def test_countries_compares_two_side_by_side(open_page, problems, fixture_app):
    at = open_page("countries", {"country": "CHN,USA"})
    assert problems(at) == []
    assert "Side by side" in [s.value for s in at.subheader]
    speakers = [list(df.value["speaker"]) for df in at.dataframe]
    assert speakers == [["China", "Wang Yi"], ["Nikki Haley", "United States"]]


def test_countries_picker_sets_the_country_filter(open_page, fixture_app):
    at = open_page("countries")
    assert any("most vocal" in c.value for c in at.caption)
    at.multiselect(key="countries_pick_").set_value(["USA"]).run()
    assert at.sidebar.multiselect(key="filter_country").value == ["USA"]
    assert at.query_params["country"] == "USA"
    assert [s.value for s in at.subheader][0] == "United States (USA)"


def test_officials_table_counts_articles_and_outlets(open_page, fixture_app):
    at = open_page("officials")
    table = at.dataframe[0].value.set_index("speaker")
    assert table.loc["Nikki Haley", ["statements", "articles", "outlets", "tighten"]].tolist() \
        == [2, 2, 2, 2]
    assert table.loc["Wang Yi", "country"] == "China (CHN)"
    assert table.loc["Nikki Haley", "role"] == "Ambassador"
    assert "statements?" in table.loc["Nikki Haley", "statements_link"]
    assert "q=Nikki+Haley" in table.loc["Nikki Haley", "statements_link"]
    at.selectbox(key="officials_sort").set_value("ease").run()
    assert list(at.dataframe[0].value["speaker"]) == ["Wang Yi", "Nikki Haley"]


def test_quotes_count_a_quote_once_per_article_across_outlets(open_page, problems, fixture_app):
    at = open_page("quotes")
    assert problems(at) == []
    metrics = {m.label: m.value for m in at.metric}
    assert metrics == {"Distinct quotes": "1", "Quoted in 2+ articles": "1",
                       "Share repeated": "100%"}
    row = at.dataframe[0].value.iloc[0]
    assert (row["articles"], row["outlets"], row["wordings"]) == (2, 2, 1)
    assert row["speakers"] == "Nikki Haley" and row["first_outlet"] == "Wire A"
    assert str(row["first_seen"])[:10] == "2017-09-12"


def test_quotes_chart_and_table_share_one_run_of_the_ranking(open_page, problems, fixture_app,
                                                             monkeypatch):
    runs: list[str] = []
    query = Database.query

    def counted(self, name: str, /, **params):
        runs.append(name)
        return query(self, name, **params)

    monkeypatch.setattr(Database, "query", counted)
    at = open_page("quotes")
    assert problems(at) == []
    bars = json.loads(at.get("plotly_chart")[0].proto.spec)["data"][0]
    assert bars["customdata"][0][5] == at.dataframe[0].value.iloc[0]["quote"]  # both drawn
    assert runs.count("repeated_quotes") == 1  # the slowest query of the page (667 ms at 10M)


def test_a_quote_in_the_url_opens_its_trail_with_links_to_each_report(open_page, problems,
                                                                       fixture_app):
    first = open_page("quotes")
    link = first.dataframe[0].value.iloc[0]["first_link"]
    assert f"statement={HALEY_FIRST}" in link and link.startswith("article?")
    at = open_page("quotes", {"quote": "we must keep pressure"})  # the cluster's wording
    assert problems(at) == []
    assert any("2 report(s) in 2 article(s)" in m.value for m in at.markdown)
    [trail] = [d.value for d in at.dataframe if "link" in d.value.columns]
    assert list(trail["outlet"]) == ["Wire A", "Wire B"]  # first seen first
    assert all("statement=" in link for link in trail["link"])


def test_outlets_compare_whom_they_quote_and_link_to_the_evidence(open_page, problems,
                                                                   fixture_app):
    at = open_page("outlets")
    assert problems(at) == []
    voices = at.dataframe[0].value
    assert set(voices["outlet"]) == {"Wire A", "Wire B"}
    wire_a = voices[voices["outlet"] == "Wire A"].set_index("speaker")
    assert wire_a.loc["Nikki Haley", "statements"] == 1 and wire_a.loc["China", "ease"] == 1
    assert all("outlet=Wire" in link and "q=" in link for link in voices["link"])
    chinese = open_page("outlets", {"country": "CHN"})
    assert set(chinese.dataframe[0].value["country"]) == {"China"}


def test_statements_from_a_link_show_only_matching_rows(open_page, problems, fixture_app):
    at = open_page("statements", {"country": "CHN", "stance": "ease"})
    assert problems(at) == []
    table = at.dataframe[0].value
    assert len(table) == 2
    assert set(table["country"]) == {"China"} and set(table["stance"]) == {"ease"}


def test_statements_search_and_sort(open_page, fixture_app):
    at = open_page("statements")
    at.text_input(key="statements_q").set_value("haley").run()
    assert at.query_params["q"] == "haley"
    assert set(at.dataframe[0].value["speaker"]) == {"Nikki Haley"}
    at.text_input(key="statements_q").set_value("100%").run()  # wildcards are literal
    assert not at.dataframe and any("No statement matches" in i.value for i in at.info)
    at.text_input(key="statements_q").set_value("").run()
    at.selectbox(key="statements_sort").set_value("speaker").run()
    at.toggle(key="statements_desc").set_value(False).run()
    assert list(at.dataframe[0].value["speaker"])[:2] == ["China", "Japan"]


def test_statements_order_size_and_page_live_in_the_url(open_page, fixture_app):
    at = open_page("statements", {"sort": "speaker", "desc": "0", "rows": "50"})
    assert at.selectbox(key="statements_sort").value == "speaker"
    assert at.toggle(key="statements_desc").value is False
    assert at.selectbox(key="statements_size").value == 50
    assert list(at.dataframe[0].value["speaker"])[:2] == ["China", "Japan"]
    at.selectbox(key="statements_sort").set_value("country").run()
    assert at.query_params["sort"] == "country" and at.query_params["desc"] == "0"
    at.toggle(key="statements_desc").set_value(True).run()
    assert "desc" not in at.query_params  # the default order leaves the URL
    bad = open_page("statements", {"sort": "nonsense", "page": "-3"})
    assert bad.selectbox(key="statements_sort").value == "date"


def test_an_exports_provenance_link_reopens_the_same_rows(open_page, fixture_app):
    """The provenance file's view_url, opened, shows the rows the file holds."""
    query = {"country": "USA", "q": "pressure", "sort": "speaker"}
    at = open_page("statements", query)
    shown = len(at.dataframe[0].value)
    filters = from_query(query)
    exported = export_statements_file(open_database(fixture_app), filters, "csv", stem="x",
                                      search="%pressure%",
                                      view_url="statements?country=USA&q=pressure&sort=speaker")
    provenance = json.loads(zipfile.ZipFile(io.BytesIO(exported.data)).read(
        "x.provenance.json"))
    reopened = open_page("statements", dict(parse_qsl(urlsplit(provenance["view_url"]).query)))
    assert provenance["rows"] == shown == len(reopened.dataframe[0].value) == 2


def test_statement_detail_highlights_and_links_to_the_article(open_page, fixture_app):
    at = open_page("statements", {"statement": HALEY_FIRST})
    html = _html(at)
    assert "ss-s ss-tighten ss-quote" in html and "we must keep pressure" in html
    links = [p.proto.page for p in at.get("page_link")]
    assert any("article" in str(link) for link in links) or at.get("page_link")
    assert any("**Speaker:** Nikki Haley" in m.value for m in at.markdown)


def test_statement_detail_escapes_html_in_quotes(open_page, store_items, tmp_path, monkeypatch):
    text = 'Evil said "<script>alert(1)</script>" about sanctions.'
    article = Article(name="evil.txt", text=text, source="Wire",
                      title="Evil [click](javascript:alert(1)) <b>bold</b>",
                      url="javascript:alert(3)")
    statement = Statement(article="evil.txt", speaker="Evil", speaker_type="person",
                          country="USA", role=None, quote_type="direct",
                          quote="<script>alert(1)</script>", sentence=text, start=0,
                          end=len(text), stance="ease", stance_cue="about", confidence=0.5,
                          target=None)
    path = tmp_path / "evil.duckdb"
    store_items(open_database(path), [(article, [statement])], dataset="evil")
    close_all()
    monkeypatch.setenv("STANCE_DB", str(path))
    at = open_page("statements", {"statement": statement_id(article.sha256, 0, len(text),
                                                            "Evil")})
    html = _html(at)
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    article_at = open_page("article", {"article": article.article_id})
    assert "<script>" not in _html(article_at)
    title = article_at.title[0].value
    assert "\\[click\\](javascript" in title and "\\<b\\>" in title  # shown as text
    assert not article_at.get("link_button")  # only http(s) links to the original


def test_article_view_highlights_every_statement(open_page, problems, fixture_items, fixture_app):
    one = fixture_items()[0][0]
    at = open_page("article", {"article": one.article_id})
    assert problems(at) == []
    assert at.title[0].value == "Council votes"
    html = _html(at)
    assert html.count('class="ss-label') == 2
    assert "ss-s ss-ease" in html and "ss-s ss-tighten" in html
    assert list(at.dataframe[0].value["speaker"]) == ["China", "Nikki Haley"]
    assert 'id="ss-focus"' not in html and " ss-focus\"" not in html


def test_an_article_opened_from_a_statement_outlines_it(open_page, problems, fixture_items,
                                                        fixture_app):
    one = fixture_items()[0][0]
    at = open_page("article", {"article": one.article_id, "statement": HALEY_FIRST})
    assert problems(at) == []
    html = _html(at)
    assert html.count('id="ss-focus"') == 1
    after = html[html.index('id="ss-focus"'):]
    assert after.index("ss-tighten") < after.index("Haley")  # Haley's sentence, outlined
    assert "ss-focus\">" in after
    assert any("statement 2" in c.value for c in at.caption)


def test_article_picker_when_none_or_unknown(open_page, fixture_items, fixture_app):
    at = open_page("article")
    assert len(at.selectbox(key="article_pick").options) == 3
    at.selectbox(key="article_pick").set_value(fixture_items()[1][0].article_id).run()
    assert at.query_params["article"] == fixture_items()[1][0].article_id
    assert at.title[0].value == "Ministers meet"
    unknown = open_page("article", {"article": "nope"})
    assert any("No article with the id" in w.value for w in unknown.warning)


def test_statements_present_one_per_screen_in_large_type(open_page, problems, fixture_app):
    at = open_page("statements", {"present": "1", "country": "USA"})
    assert problems(at) == []
    assert not at.text_input  # no search box on a projector
    assert [s.value for s in at.subheader] == ["United States"]  # newest first
    assert "ss-text ss-large" in _html(at)
    at.button(key="slide_next").click().run()
    assert at.query_params["slide"] == "2"
    assert [s.value for s in at.subheader] == ["Nikki Haley (Ambassador, United States)"]
    assert any("3 statement(s)" in c.value for c in at.caption)


def test_sidebar_toggle_enters_presentation_mode_keeping_filters(open_page, fixture_app):
    at = open_page("overview", {"country": "USA"})
    at.sidebar.toggle(key="present_toggle").set_value(True).run()
    assert at.query_params["present"] == "1" and at.query_params["country"] == "USA"
    assert not at.sidebar.multiselect
    assert {m.label: m.value for m in at.metric}["Statements"] == "3"


def test_link_dates_outside_the_data_are_pulled_inside(open_page, problems, fixture_app):
    # a clicked month bar ends on the month's last day, after the newest article
    at = open_page("statements", {"from": "2019-02-01", "to": "2019-02-28"})
    assert problems(at) == []
    assert list(at.dataframe[0].value["speaker"]) == ["United States"]
    early = open_page("overview", {"from": "1990-01-01", "to": "2017-12-31"})
    assert problems(early) == []
    assert {m.label: m.value for m in early.metric}["Statements"] == "2"


def test_links_to_a_statement_or_article_of_a_hidden_dataset_still_work(open_page, fixture_items,
                                                                        fixture_app):
    set_hidden(open_database(fixture_app), "fixture", True)
    close_all()
    at = open_page("statements", {"statement": HALEY_FIRST})
    assert "we must keep pressure" in _html(at)
    article = open_page("article", {"article": fixture_items()[0][0].article_id})
    assert _html(article).count('class="ss-label') == 2


def test_article_from_coded_statements_opens_and_says_what_is_unmarked(
        open_page, problems, fixture_app, tmp_path):
    """Hand-coded statements carry no character offsets: the page lists them without a
    crash (it raised a TypeError) and says why they are not marked in the text."""
    csv = tmp_path / "coded.csv"
    csv.write_text("speaker,country,stance,quote,outlet\n"
                   "Sergey Lavrov,RUS,ease,Sanctions do not work.,![x](http://host/p.png)\n",
                   encoding="utf-8")
    load_file(open_database(fixture_app), csv, STATEMENTS, "coded", name=str(csv))  # as the CLI
    close_all()
    with duckdb.connect(str(fixture_app), read_only=True) as con:
        article_id = con.execute("SELECT article_id FROM articles WHERE dataset = 'coded'"
                                 ).fetchone()[0]
    at = open_page("article", {"article": article_id})
    assert problems(at) == []
    captions = " ".join(str(c.value) for c in at.caption)
    assert "without a position in the text" in captions
    assert "![x](" not in captions  # the outlet is shown as text, never as an image
    assert at.title[0].value == "coded.csv"  # the file, not the folder it was loaded from


def test_an_unknown_parameter_or_bad_value_gets_a_note_that_can_be_dismissed(open_page,
                                                                             fixture_app):
    at = open_page("overview", {"topic": "iran", "stance": "maybe", "from": "2019-13-01"})
    assert not at.exception
    note = " ".join(w.value for w in at.warning)
    assert "“topic” is not a parameter" in note
    assert "stance=maybe" in note and "from=2019-13-01" in note
    at.button(key="url_note_dismiss").click().run()
    assert not any("Ignored in this link" in w.value for w in at.warning)


def test_a_clean_link_gets_no_note(open_page, fixture_app):
    at = open_page("statements", {"country": "CHN", "stance": "ease", "topics": "all"})
    assert not any("Ignored in this link" in w.value for w in at.warning)


def test_sides_only_leaves_neutral_out_and_round_trips_through_the_link(open_page, problems,
                                                                        fixture_app):
    at = open_page("statements", {"sides": "1"})
    assert problems(at) == []
    assert at.sidebar.toggle(key="filter_sides").value is True
    shown = set(at.dataframe[0].value["Stance"]) if "Stance" in at.dataframe[0].value \
        else set(at.dataframe[0].value["stance"])
    assert shown and shown <= {"tighten", "ease"}
    assert at.query_params["sides"] == "1"
    at.sidebar.toggle(key="filter_sides").set_value(False).run()
    assert "sides" not in at.query_params
    everything = at.dataframe[0].value
    column = "Stance" if "Stance" in everything else "stance"
    assert "neutral" in set(everything[column])  # Japan's neutral statement is back
