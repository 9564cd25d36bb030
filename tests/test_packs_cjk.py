"""Phrase packs for Japanese, Chinese (simplified and traditional) and Korean.

Positives are lines or boxes as news sites in those languages print them,
with the rule that must take them; negatives are article sentences that
mention cookies, a newsletter, sharing, comments, ads, copying or a month
and must stay in the body.

These scripts run words together: a ``\\w+`` run ends only at punctuation or
a blank, so a Japanese or Chinese sentence is one to three "words" and every
``*_MAX_WORDS`` limit lets it through. What keeps prose safe is the shape:
whole-line phrases, and cue phrases that start where a run starts (``\\b``)
and speak as the site does (「当サイトでは…」, "…쿠키를 사용합니다").
"""

from __future__ import annotations

import pytest
from rulecase import AFTER, BEFORE, RECOGNISERS, clean_between

from newsclean.dates import date_in
from newsclean.lang import words_of
from newsclean.page import Page
from newsclean.phrases import whole_line
from newsclean.rules.chrome import COOKIE_MAX_WORDS
from newsclean.rules.isodate import stamped_dates
from newsclean.rules.newsletter import HEADING_MAX_WORDS

# Two paragraphs after the block, as the article goes on: a teaser run (of a
# related block) ends at two prose lines in a row.
MORE = "The mayor is expected to sign the budget into law next week."


def assert_gone(block: str, rule: str) -> None:
    """The whole block leaves the body, and ``rule`` took (some of) it."""
    article = RECOGNISERS.clean(f"{BEFORE}\n\n{block}\n\n{AFTER}\n\n{MORE}")
    assert article.body == f"{BEFORE}\n\n{AFTER}\n\n{MORE}"
    assert rule in {r.rule for r in article.removals}


def assert_kept(block: str) -> None:
    article = clean_between(block)
    assert article.body == f"{BEFORE}\n\n{block}\n\n{AFTER}"
    assert article.removals == ()


REMOVED = {
    # cookie notices with their buttons
    "cookie-ja": (
        "当サイトではCookieを使用しています。サイトを閲覧し続けることで、"
        "Cookieの使用に同意したものとみなされます。\n同意する\nCookie設定",
        "cookie-notice",
    ),
    "cookie-ja-all": (
        "本ウェブサイトでは、お客様により良いサービスを提供するためにクッキーを利用しています。\n"
        "すべて受け入れる",
        "cookie-notice",
    ),
    "cookie-zh": (
        "本网站使用Cookie来改善您的浏览体验。继续浏览即表示您同意我们使用Cookie。\n接受全部\n拒绝",
        "cookie-notice",
    ),
    "cookie-zh-hant": ("我們使用 Cookie 來提升您的瀏覽體驗。\n接受所有 Cookie", "cookie-notice"),
    "cookie-ko": (
        "이 웹사이트는 쿠키를 사용합니다. 계속 이용하시면 쿠키 사용에 동의하는 것으로 "
        "간주됩니다.\n모두 허용\n쿠키 설정",
        "cookie-notice",
    ),
    # newsletter boxes
    "newsletter-ja": (
        "ニュースレター\nメールアドレスを入力してください\n登録する",
        "newsletter",
    ),
    "newsletter-ja-mag": ("メルマガ登録はこちら\nメールアドレス", "newsletter"),
    "newsletter-zh": ("订阅电子报\n请输入电子邮件地址\n订阅", "newsletter"),
    "newsletter-zh-hant": ("訂閱電子報\n請輸入電子郵件地址", "newsletter"),
    "newsletter-ko": ("뉴스레터 구독하기\n이메일 주소를 입력하세요\n구독", "newsletter"),
    # related blocks
    "related-ja": ("関連記事\n日銀、追加利上げを決定\n円相場が急伸", "related-block"),
    "related-ja-bracket": ("【関連記事】\n日銀、追加利上げを決定", "related-block"),
    "related-ja-also": ("あわせて読みたい\n日銀、追加利上げを決定", "related-block"),
    "related-ja-ranking": ("アクセスランキング\n日銀、追加利上げを決定", "related-block"),
    "related-zh": ("相关阅读\n央行宣布降准0.5个百分点", "related-block"),
    "related-zh-hant": ("延伸閱讀\n央行宣布降準", "related-block"),
    "related-zh-guess": ("猜你喜欢\n央行宣布降准0.5个百分点", "related-block"),
    "related-ko": ("관련기사\n한은, 기준금리 동결", "related-block"),
    "related-ko-most": ("많이 본 뉴스\n한은, 기준금리 동결", "related-block"),
    "related-ko-section": ("정치 많이 본 뉴스\n한은, 기준금리 동결", "related-block"),
    "related-ko-with": ("이 기사와 관련된 기사\n한은, 기준금리 동결", "related-block"),
    # inline links to another article (an ASCII separator after the word)
    "inline-ja": ("関連記事: 日銀が追加利上げを決定", "read-more-inline"),
    "inline-zh": ("相关阅读 | 央行宣布降准0.5个百分点", "read-more-inline"),
    "inline-ko": ("관련기사: 한은, 기준금리 동결", "read-more-inline"),
    # share rows and follow lines
    "share-ja": ("シェア ツイート はてなブックマーク", "share-row"),
    "share-ja-article": ("この記事をシェア", "share-row"),
    "share-ja-on": ("Facebookでシェアする", "share-row"),
    "share-ja-tools": ("記事を印刷する | メールで送る | リンクをコピーする", "share-row"),
    "share-zh": ("分享到：", "share-row"),
    "share-zh-row": ("微信 微博 QQ空间 复制链接", "share-row"),
    "share-ko": ("카카오톡 페이스북 트위터 URL 복사", "share-row"),
    "share-ko-copied": ("기사 URL이 복사되었습니다.", "share-row"),
    "follow-ja": ("LINEで友だち追加", "share-row"),
    "follow-zh": ("扫码关注", "share-row"),
    "follow-zh-account": ("关注我们的微信公众号", "share-row"),
    "follow-ko": ("네이버에서 한국일보를 구독하세요!", "share-row"),
    # ad labels and "continue reading" links
    "ad-ja": ("広告", "advertisement"),
    "ad-ja-pr": ("[PR]", "advertisement"),
    "ad-ja-sponsor": ("スポンサーリンク", "advertisement"),
    "ad-ja-continue": ("続きを読む", "advertisement"),
    "ad-zh": ("广告", "advertisement"),
    "ad-zh-hant": ("廣告", "advertisement"),
    "ad-zh-full": ("阅读全文", "advertisement"),
    "ad-ko": ("광고", "advertisement"),
    "ad-ko-continue": ("기사 계속 읽기", "advertisement"),
    # player controls
    "media-ja": ("動画を再生", "media-control"),
    "media-ja-browser": ("お使いのブラウザは動画の再生に対応していません。", "media-control"),
    "media-zh": ("播放视频", "media-control"),
    "media-zh-browser": ("您的浏览器不支持视频播放", "media-control"),
    "media-ko": ("동영상 재생", "media-control"),
    "media-ko-listen": ("음성으로 듣기", "media-control"),
    # log-in, subscriber-only and donation lines
    "appeal-ja-members": ("会員限定記事", "appeal"),
    "appeal-ja-register": ("新規登録", "appeal"),
    "appeal-ja-subscribe": ("購読申込", "appeal"),
    "appeal-ja-wall": ("この記事は有料会員限定です。", "appeal"),
    "appeal-zh": ("登录/注册", "appeal"),
    "appeal-zh-member": ("成为会员", "appeal"),
    "appeal-zh-paid": ("登录后阅读全文", "appeal"),
    "appeal-ko": ("로그인/회원가입", "appeal"),
    "appeal-ko-subscribers": ("구독자 전용 기사", "appeal"),
    "appeal-ko-support": ("기자 후원하기", "appeal"),
    # copyright lines and footer links
    "legal-ja": ("記事・写真・図表の無断転載を禁じます。", "legal-footer"),
    "legal-ja-copy": ("無断転載・複製を禁じます", "legal-footer"),
    "legal-ja-links": ("プライバシーポリシー | 利用規約 | お問い合わせ", "legal-footer"),
    "legal-zh": ("版权所有，未经授权不得转载。", "legal-footer"),
    "legal-zh-hant": ("版權所有，未經許可不得轉載。", "legal-footer"),
    "legal-zh-icp": ("京ICP备12345678号-1", "legal-footer"),
    "legal-zh-links": ("隐私政策 | 关于我们 | 联系我们", "legal-footer"),
    "legal-ko": ("무단 전재 및 재배포 금지", "legal-footer"),
    "legal-ko-yonhap": (
        "<저작권자 ⓒ 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>",
        "legal-footer",
    ),
    "legal-ko-links": ("개인정보처리방침 / 이용약관 / 청소년보호정책", "legal-footer"),
    # skip links and back-to-top links
    "skip-ja": ("メニューをとばして、記事の本文エリアへ", "skip-link"),
    "skip-ja-top": ("ページトップへ戻る", "skip-link"),
    "skip-zh": ("跳到主要内容", "skip-link"),
    "skip-zh-top": ("返回顶部", "skip-link"),
    "skip-ko": ("본문 바로가기", "skip-link"),
    "skip-ko-top": ("맨 위로", "skip-link"),
    # a tag label over its tags
    "tags-ja": ("タグ\n政治\n経済", "tag-line"),
    "tags-zh": ("标签\n经济\n金融", "tag-line"),
    "tags-ko": ("태그\n정치\n경제", "tag-line"),
}


@pytest.mark.parametrize(("block", "rule"), REMOVED.values(), ids=REMOVED.keys())
def test_boilerplate_goes(block: str, rule: str) -> None:
    assert_gone(block, rule)


PROSE = {
    "cookie-ja": (
        "欧州連合は、ウェブサイトがクッキーを使用する際に利用者の同意を求める規則を強化した。"
    ),
    "cookie-ja-ads": "同社はクッキーを使用した広告配信を見直すと発表した。",
    "newsletter-ja": "同紙は来月からニュースレターの配信を始める。",
    "share-ja": "首相はSNSで投稿をシェアし、多くのコメントが寄せられた。",
    "ad-ja": "政府はインターネット広告の規制を強化する方針だ。",
    "legal-ja": "記事の無断転載をめぐり、出版社が運営会社を訴えた。",
    "appeal-ja": "会員限定のイベントが3月15日に東京で開かれた。",
    "related-ja": "関連記事を読んだ読者から多くの反響があった。",
    "media-ja": "動画を再生すると広告が流れる仕組みだ。",
    "cookie-zh": "欧盟要求网站使用Cookie前必须征得用户同意。",
    "cookie-zh-hant": "歐盟要求網站使用Cookie前必須徵得用戶同意。",
    "ad-zh": "该公司表示将大幅减少广告投放。",
    "share-zh": "他在微博上分享了这段视频，引发大量评论。",
    "newsletter-zh": "这家报社下月起将推出电子报订阅服务。",
    "legal-zh": "法院认定该网站未经授权转载新闻作品，构成侵权。",
    "month-zh": "3月15日，会议在北京举行。",
    "related-zh": "他们在网站上发布了相关阅读材料。",
    "cookie-ko": "구글은 제3자 쿠키를 사용하는 광고를 단계적으로 없애겠다고 밝혔다.",
    "ad-ko": "정부는 온라인 광고 규제를 강화하기로 했다.",
    "newsletter-ko": "이 신문은 다음 달부터 뉴스레터를 발행한다고 밝혔다.",
    "share-ko": "그는 페이스북에 글을 공유했고 댓글이 수천 개 달렸다.",
    "legal-ko": "법원은 기사를 무단 전재한 업체에 배상 책임이 있다고 판단했다.",
    "related-ko": "관련 기사를 읽은 독자들의 문의가 이어졌다.",
    "appeal-ko": "회원 전용 라운지는 3월 15일 문을 연다.",
    "month-ko": "3월 15일 서울에서 회의가 열렸다.",
}


@pytest.mark.parametrize("block", PROSE.values(), ids=PROSE.keys())
def test_prose_stays(block: str) -> None:
    assert_kept(block)


def test_word_counts_of_runs() -> None:
    """A line of these scripts counts its punctuation-delimited runs as words:
    a whole consent notice is three, far under the limits the rules set."""
    notice = (
        "当サイトではCookieを使用しています。サイトを閲覧し続けることで、"
        "Cookieの使用に同意したものとみなされます。"
    )
    assert len(words_of(notice)) == 3
    (line,) = Page.from_text(notice).lines
    assert line.words == 3 <= COOKIE_MAX_WORDS
    assert len(words_of("무단 전재 및 재배포 금지")) == 5 <= HEADING_MAX_WORDS


COMMENT_HEADINGS = [
    "コメント（3）",
    "3件のコメント",
    "コメントを書く",
    "评论（12）",
    "发表评论",
    "網友評論",
    "댓글 3",
    "댓글 쓰기",
    "전체 댓글 12",
]


@pytest.mark.parametrize("line", COMMENT_HEADINGS, ids=COMMENT_HEADINGS)
def test_comment_headings(line: str) -> None:
    assert whole_line("comment-heading", r"[\s:.!…]*").fullmatch(line)


@pytest.mark.parametrize(
    "sentence",
    ["読者のコメントが相次いだ。", "网友纷纷发表评论表示支持。", "댓글이 수천 개 달렸다."],
)
def test_comment_prose_is_no_heading(sentence: str) -> None:
    assert whole_line("comment-heading", r"[\s:.!…]*").fullmatch(sentence) is None


@pytest.mark.parametrize(
    "stamp", ["3時間前", "更新：5分前", "3小时前", "5分钟前", "3시간 전", "5분 전"]
)
def test_time_ago(stamp: str) -> None:
    assert date_in(stamp) is not None


@pytest.mark.parametrize(
    "line",
    [
        "公開 2024年3月15日 10:00 最終更新 2024年3月16日 9:00",
        "发布时间：2024-03-15 10:00 更新时间：2024-03-16 09:00",
        "입력 2024.03.15 10:00 수정 2024.03.16 09:00",
    ],
)
def test_updated_dates(line: str) -> None:
    assert stamped_dates(line) == [("2024-03-15T10:00", False), ("2024-03-16T09:00", True)]
