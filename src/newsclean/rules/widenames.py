"""Chinese, Japanese and Korean bylines: a name beside a reporter's title, or
leading a date.

Names in those scripts have no capitals for :func:`~newsclean.rules.byline.is_name`
to see, and a bare one reads like any word of two to four characters (a date's
label "更新时间", a section "国際"): only a mark beside it makes it a name.
"""

from __future__ import annotations

import regex

from ..dates import date_in

# A Chinese, Japanese or Korean name: two to four characters, no blank
# (written names have no capitals for :func:`is_name` to see).
_WIDE_NAME = r"[\p{Han}\p{Hangul}]{2,4}"
# The job titles that mark one: reporter, correspondent, columnist,
# editorial writer, senior writer.
_WIDE_ROLE = r"(?:기자|특파원|칼럼니스트|논설위원|記者|特派員|編集委員|记者|编辑)"
# A reporter's or columnist's title of those scripts, anywhere in a line.
WIDE_ROLE = regex.compile(_WIDE_ROLE)
_WIDE_BYLINE = regex.compile(
    rf"(?:.{{0,12}}\s)?(?P<name>{_WIDE_NAME})\s?{_WIDE_ROLE}(?:\s+\S+@\S+)?"
    # (a Japanese title before the name: a Korean word after one is none, "기자 모집")
    rf"|{_WIDE_ROLE}\s(?P<after>\p{{Han}}{{2,4}})"
)
# A wide name leading the date on its line ("谢若含 2017-03-01 14:27:02").
_WIDE_DATED = regex.compile(rf"(?P<name>{_WIDE_NAME})\s+(?=\d)")
# What stands before a date in those scripts and is no name: a label (time,
# date, updated, published, posted, registered, source; Korean "input",
# "edited", "written"; a label that ends in "day": "登録日") or a paper's name
# ("毎日新聞", "人民日报", "한국일보").
_WIDE_NOT_A_NAME = regex.compile(
    r"时间|時間|日期|日時|更新|发布|發布|發表|发表|公開|公开|投稿|作成|登録|掲載|来源|來源"
    r"|입력|수정|등록|작성|日$|新聞|新闻|日报|日報|晚报|신문|일보|통신|通信"
)
# A wide byline is this short ("서울, 부산 김민수 기자 minsu@daily.co.kr").
WIDE_MAX_CHARS = 48


def wide_name(text: str) -> str | None:
    """The name of a Chinese, Japanese or Korean byline: a name beside a
    reporter's title ("배윤경 기자", "編集委員 中沢克二"), or ``None``.

    >>> wide_name("배윤경 기자"), wide_name("編集委員 中沢克二"), wide_name("記者会見")
    ('배윤경', '中沢克二', None)
    """
    if len(text) > WIDE_MAX_CHARS:
        return None
    match = _WIDE_BYLINE.fullmatch(text.strip())
    return None if match is None else (match["name"] or match["after"])


def wide_dated(text: str) -> str | None:
    """The Chinese, Japanese or Korean name that leads a date on its line
    ("谢若含 2017-03-01 14:27:02"), or ``None``: a date's label ("更新时间
    2017-03-01") is no name, nor is a name that only precedes a number.

    >>> wide_dated("谢若含 2017-03-01 14:27:02"), wide_dated("更新时间 2017-03-01")
    ('谢若含', None)
    >>> wide_dated("登録日 2019/02/22"), wide_dated("毎日新聞 2025/1/14"), wide_dated("阅读 74")
    (None, None, None)
    """
    match = _WIDE_DATED.match(text)
    if (
        match is None
        or len(text) > WIDE_MAX_CHARS
        or _WIDE_NOT_A_NAME.search(match["name"]) is not None
    ):
        return None
    date = date_in(text[match.end() :])
    return match["name"] if date is not None and date.start() == 0 else None
