"""Writes the saved-page fixtures: ten article bodies written for these tests (not taken from
any corpus), each wrapped in the chrome of a real news page (menus, cookie banners, related
links, comment threads, share bars, newsletter boxes, footers), in several site layouts.

    python -m tests.ingest.pages.make_pages    # rewrites tests/ingest/pages/*.html and *.body.txt

Each NAME.body.txt holds the headline and paragraphs the extraction must keep; everything else
in NAME.html is boilerplate that must not reach the article text.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

HERE = Path(__file__).parent

BODIES: dict[str, tuple[str, str, str, list[str]]] = {
    # name: (headline, date, site, paragraphs)
    "un-council-korea": (
        "Security Council split over North Korea sanctions", "2018-09-27", "Harbor Wire", [
            "UNITED NATIONS - Russia and China called on Thursday for the Security Council to "
            "ease sanctions on North Korea, arguing that Pyongyang deserved credit for halting "
            "its missile tests.",
            "\"Pressure alone has never produced a settlement,\" the Chinese envoy told the "
            "council, urging members to consider relief for civilian sectors.",
            "The United States rejected the idea. Its ambassador said sanctions must be "
            "enforced in full until the North gives up its nuclear weapons.",
            "Diplomats said no vote was expected before the end of the year.",
        ]),
    "iran-oil-waivers": (
        "Washington ends oil waivers for Iran's last buyers", "2019-04-22", "Daily Ledger", [
            "The administration said on Monday it would not renew waivers that let eight "
            "countries keep buying Iranian oil, tightening sanctions on Tehran.",
            "Officials in Ankara criticised the move, saying it would hurt regional trade "
            "without changing Iran's behaviour.",
            "Oil prices rose more than two percent after the announcement.",
        ]),
    "eu-russia-package": (
        "EU agrees new package of Russia sanctions", "2022-06-03", "Continental Review", [
            "BRUSSELS - European Union governments approved a sixth package of sanctions "
            "against Russia on Friday, including a phased ban on seaborne crude imports.",
            "Hungary's prime minister had demanded an exemption for pipeline oil, which the "
            "final text grants for now.",
            "A Kremlin spokesman called the measures illegal and said Moscow would find other "
            "buyers for its energy.",
            "The package also removes three more Russian banks from the SWIFT payment system.",
        ]),
    "cuba-embargo-vote": (
        "General Assembly again condemns US embargo on Cuba", "2016-10-26", "Island Times", [
            "For the first time, the United States abstained on Wednesday in the annual UN "
            "vote calling for an end to its economic embargo on Cuba.",
            "Cuba's foreign minister welcomed the abstention but said the blockade remained in "
            "force and continued to harm ordinary families.",
            "The resolution passed with 191 votes in favour and none against.",
        ]),
    "venezuela-gold": (
        "Treasury targets Venezuela's gold sector", "2019-03-19", "Metro Post", [
            "The Treasury Department imposed sanctions on Tuesday on Venezuela's state gold "
            "mining company, widening pressure on the government in Caracas.",
            "\"We will keep squeezing the regime's sources of cash,\" the Treasury secretary "
            "said in a statement.",
            "Venezuela's government described the measures as economic warfare and said they "
            "would be challenged in court.",
        ]),
    "syria-relief": (
        "Aid groups urge sanctions relief after Syria earthquake", "2023-02-09", "Relief Weekly", [
            "Humanitarian organisations urged Western governments on Thursday to suspend "
            "sanctions that slow the delivery of aid to earthquake survivors in Syria.",
            "The United States issued a six-month general license allowing transactions "
            "related to disaster relief.",
            "Syrian officials said the exemption did not go far enough and called for all "
            "unilateral sanctions to be lifted.",
        ]),
    "japan-export-controls": (
        "Japan tightens export controls on Russia", "2022-05-20", "Pacific Monitor", [
            "TOKYO - Japan added quantum computing parts and 3D printers to its list of goods "
            "banned from export to Russia, the trade ministry said on Friday.",
            "The trade minister said Tokyo would keep coordinating its measures with the Group "
            "of Seven.",
            "Business groups said members had already halted most shipments.",
        ]),
    "korea-ship-seized": (
        "South Korea seizes tanker suspected of breaching sanctions", "2019-07-29",
        "Peninsula Daily", [
            "SEOUL - South Korean authorities detained a tanker suspected of transferring oil "
            "to a North Korean vessel at sea, in breach of UN sanctions.",
            "A foreign ministry official said the investigation would be shared with the UN "
            "panel of experts that monitors the sanctions.",
            "North Korea's state media did not comment on the seizure.",
        ]),
    "belarus-potash": (
        "Lithuania halts potash transit from Belarus", "2022-02-01", "Baltic Courier", [
            "VILNIUS - Lithuania stopped the rail transit of Belarusian potash fertiliser on "
            "Tuesday, applying US sanctions on the state producer.",
            "The Belarusian president called the decision an act of economic aggression and "
            "threatened to retaliate.",
            "Lithuania's foreign minister said the country would not be a route around "
            "sanctions.",
            "Belaruskali had shipped most of its exports through the port of Klaipeda.",
        ]),
    "mali-ecowas": (
        "West African bloc lifts sanctions on Mali", "2022-07-04", "Sahel Herald", [
            "ACCRA - The regional bloc ECOWAS lifted economic and financial sanctions on Mali "
            "on Sunday after the military government proposed a timetable for elections.",
            "The bloc's chairman said the measures had served their purpose and that the "
            "transition would be monitored closely.",
            "Mali's government welcomed the decision and reopened its borders the same day.",
        ]),
}

COOKIE = ("<div class=\"consent\" id=\"cookie-banner\"><p>We use cookies and similar "
          "technologies to personalise content and measure audiences. By continuing you accept "
          "our use of cookies.</p><button>Accept all</button><button>Manage settings"
          "</button></div>")
SHARE = ("<div class=\"share-tools\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Share "
         "on X</a> <a href=\"#\">Email this story</a> <a href=\"#\">Print</a></div>")
NEWSLETTER = ("<div class=\"newsletter-box\"><h4>Get the morning briefing</h4><p>Sign up for "
              "our free daily newsletter and never miss a story.</p><form><input "
              "type=\"email\" placeholder=\"Your email\"><button>Subscribe</button></form></div>")
AD = ("<div class=\"ad-slot\"><span>Advertisement</span><p>Upgrade your kitchen today with "
      "our spring sale on appliances.</p></div>")
MENU_ITEMS = ["Home", "World", "Business", "Markets", "Opinion", "Sport", "Culture", "Video"]
RELATED = ["Oil prices climb as talks stall", "Markets close higher on tech rally",
           "Ten recipes for a quick weeknight dinner", "Opinion: why the election matters"]
COMMENTS = [("reader42", "Great reporting, thanks for covering this."),
            ("mapleleaf", "I disagree with every word of this, the media never learns."),
            ("jtk", "Does anyone know when the next meeting is scheduled?")]


def _menu(kind: str) -> str:
    links = "".join(f"<li><a href=\"/{item.lower()}\">{item}</a></li>" for item in MENU_ITEMS)
    if kind == "nav":
        return f"<header><nav class=\"main-nav\"><ul>{links}</ul></nav></header>"
    # a menu that is not in <nav> or <header>: a div of links, as many sites build them
    return f"<div class=\"top-menu\"><ul class=\"menu\">{links}</ul></div>"


def _related(kind: str) -> str:
    items = "".join(f"<li><a href=\"/story/{i}\">{escape(t)}</a></li>"
                    for i, t in enumerate(RELATED))
    if kind == "aside":
        return f"<aside class=\"related\"><h3>Related stories</h3><ul>{items}</ul></aside>"
    return f"<div class=\"more-stories\"><h3>More from this site</h3><ul>{items}</ul></div>"


def _comments() -> str:
    rows = "".join(f"<div class=\"comment\"><span class=\"user\">{u}</span><p>{escape(c)}</p>"
                   "</div>" for u, c in COMMENTS)
    return f"<section id=\"comments\" class=\"comments\"><h3>3 Comments</h3>{rows}</section>"


def page(number: int, headline: str, when: str, site: str, paragraphs: list[str]) -> str:
    """One layout out of four, chosen by `number`, around the article."""
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    head = (f"<head><meta charset=\"utf-8\"><title>{escape(headline)} | {escape(site)}</title>"
            f"<meta property=\"og:site_name\" content=\"{escape(site)}\">"
            f"<meta property=\"article:published_time\" content=\"{when}T09:30:00Z\">"
            "<meta name=\"author\" content=\"Staff Reporter\">"
            "<script>window.dataLayer = [];</script><style>.ad-slot{color:red}</style></head>")
    layout = number % 4
    byline = f"<p class=\"byline\">By Staff Reporter · {when}</p>"
    if layout == 0:
        main = (f"<article><h1>{escape(headline)}</h1>{byline}{SHARE}{body}</article>"
                f"{_related('aside')}{_comments()}")
        top = _menu("nav") + COOKIE
    elif layout == 1:
        main = (f"<div class=\"story\"><h1>{escape(headline)}</h1><div class=\"story-body\">"
                f"{body}</div>{NEWSLETTER}</div>{_related('div')}{_comments()}")
        top = COOKIE + _menu("div")
    elif layout == 2:
        half = len(paragraphs) // 2 or 1
        first = "".join(f"<p>{escape(p)}</p>" for p in paragraphs[:half])
        rest = "".join(f"<p>{escape(p)}</p>" for p in paragraphs[half:])
        main = (f"<main><article><h1>{escape(headline)}</h1>{first}{AD}{rest}{SHARE}</article>"
                f"{_related('div')}</main>")
        top = _menu("nav")
    else:
        main = (f"<div id=\"content\"><h1>{escape(headline)}</h1>{byline}<div class=\"text\">"
                f"{body}</div>{SHARE}{_comments()}</div>{_related('aside')}{NEWSLETTER}")
        top = _menu("div") + COOKIE
    foot = ("<footer><p>Copyright 2024 the publisher. All rights reserved.</p><a href=\"/"
            "privacy\">Privacy policy</a> <a href=\"/terms\">Terms of use</a></footer>")
    return f"<!DOCTYPE html><html lang=\"en\">{head}<body>{top}{main}{foot}</body></html>\n"


def main() -> None:
    for number, (name, (headline, when, site, paragraphs)) in enumerate(BODIES.items()):
        (HERE / f"{name}.html").write_text(page(number, headline, when, site, paragraphs),
                                           encoding="utf-8")
        (HERE / f"{name}.body.txt").write_text("\n\n".join([headline, *paragraphs]) + "\n",
                                               encoding="utf-8")


if __name__ == "__main__":
    main()
