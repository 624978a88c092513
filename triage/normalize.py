"""Text folding for matching, with a map back to offsets in the original text.

`fold(text)` lowercases, strips accents from Latin letters (``á`` -> ``a``, Vietnamese
included), turns digits of any script (Arabic-Indic, Extended Arabic-Indic, Devanagari,
Burmese, fullwidth, ...) and Ethiopic numerals into ASCII digits, every space into " "
(so the prefilter's `\\d` and `\\s` are ASCII classes), unifies apostrophes and dashes,
applies light Arabic orthographic folding (tashkeel and tatweel removed, alef
variants unified), makes lookalike Latin letters inside Cyrillic words Cyrillic, and turns
a Chinese year written digit by digit ("二零一零年") into ASCII digits. Every folded
character remembers the original span it came from, so a match in the folded text maps
back to exact offsets in the original.

Lexicon patterns are folded with the same function, so data files may be written with or
without accents.

Fast paths (same result): an ASCII text is just lowercased; a text whose every character
folds to exactly one character is translated with a memo of folded characters. Both keep
offsets one to one, stored as ranges instead of tuples.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

_APOSTROPHES = "\u2018\u2019\u02bc\u02bb\u0060\u00b4\u2032\uff07"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
_SPECIAL: dict[str, str] = {
    **dict.fromkeys(_APOSTROPHES, "'"),
    **dict.fromkeys(_DASHES, "-"),
    "\u201c": '"',
    "\u201d": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u0111": "d",  # Vietnamese đ
    "\u0110": "d",
    "\u00f0": "d",
    "\u00df": "ss",
    "\u00e6": "ae",
    "\u0153": "oe",
    "\u0142": "l",
    "\u00f8": "o",
    # Arabic: alef variants, alef maqsura, teh marbuta
    "\u0623": "\u0627",
    "\u0625": "\u0627",
    "\u0622": "\u0627",
    "\u0671": "\u0627",
    "\u0649": "\u064a",
    "\u0629": "\u0647",
    "\u0640": "",  # tatweel
}
# Arabic hamza carriers (ؤ ئ) fold to ء ("مسؤول" = "مسئول"); Persian/Urdu yeh, kaf and
# heh goal to the Arabic letters (ی -> ي, ک -> ك, ۀ/ہ -> ه).
_SPECIAL.update(
    {
        "\u0624": "\u0621",
        "\u0626": "\u0621",
        "\u06cc": "\u064a",
        "\u06d2": "\u064a",
        "\u06a9": "\u0643",
        "\u06c0": "\u0647",
        "\u06c1": "\u0647",
    }
)
# Traditional -> Simplified Chinese for the characters the zh lexicon uses (generated from
# the [简繁] classes of triage/data/zh.toml; extend it when the lexicon grows).
_HANT = (
    "與与 兩两 個个 為为 舉举 麼么 書书 於于 親亲 從从 倉仓 們们 夥伙 傷伤 姪侄 "
    "債债 兒儿 關关 農农 凍冻 準准 務务 動动 勞劳 醫医 單单 衛卫 廠厂 壓压 廁厕 "
    "雙双 發发 隻只 臺台 後后 嚇吓 聽听 員员 週周 國国 場场 塊块 頭头 媽妈 孫孙 "
    "學学 實实 對对 歲岁 師师 帶带 幫帮 幹干 庫库 應应 開开 強强 當当 總总 掃扫 "
    "搶抢 護护 報报 挾挟 攪搅 無无 時时 機机 殺杀 條条 來来 闆板 樣样 氣气 沒没 "
    "潔洁 灣湾 滾滚 滿满 燒烧 燙烫 熱热 豬猪 電电 監监 著着 離离 簽签 類类 係系 "
    "緊紧 級级 紀纪 紙纸 線线 細细 經经 結结 給给 絡络 絕绝 絞绞 續续 綠绿 緬缅 "
    "縮缩 網网 罰罚 職职 聯联 脅胁 髒脏 藥药 蟲虫 見见 視视 讓让 講讲 許许 證证 "
    "識识 訴诉 話话 該该 說说 諾诺 讀读 課课 謊谎 貨货 貸贷 費费 資资 車车 轉转 "
    "軸轴 辭辞 邊边 過过 還还 這这 遠远 連连 遞递 裡里 裏里 鐘钟 錢钱 鐵铁 鏟铲 "
    "鎖锁 鋸锯 鏡镜 長长 門门 間间 際际 陸陆 險险 麵面 頂顶 領领 飯饭 館馆 驅驱 "
    "駕驾 罵骂 騙骗 魚鱼 雞鸡 鴨鸭 齡龄 "
    # Common in workers' texts though no pattern names them yet (so that a pattern
    # written in Simplified also reads Traditional text):
    "銷销 數数 現现 臨临 輟辍 補补 糧粮 專专 剛刚 遲迟 雜杂 賣卖 業业 營营 畢毕 "
    "廣广 點点 禮礼 試试 廳厅 廚厨 鍋锅 腳脚 燈灯 繫系 騷骚 擾扰 擠挤 餓饿 採采 "
    "築筑 運运 夠够 錯错 帳账 處处 區区 權权 難难 歡欢 傳传 "
)
_SPECIAL.update({pair[0]: pair[1] for pair in _HANT.split()})


def _ethiopic_folds() -> dict[str, str]:
    """Ethiopic letters pronounced alike in Amharic, folded to one series: ሠ->ሰ, ሐ/ኀ->ሀ,
    ዐ->አ, ፀ->ጸ (every vowel order), and the 4th order of ሀ and አ to the 1st (ሃ->ሀ, ኣ->አ)."""
    out: dict[str, str] = {}
    for src, dst in (
        (0x1220, 0x1230),
        (0x1210, 0x1200),
        (0x1280, 0x1200),
        (0x12D0, 0x12A0),
        (0x1340, 0x1338),
    ):
        for order in range(7):
            out[chr(src + order)] = chr(dst + order)
    for fourth, first in ((0x1203, 0x1200), (0x12A3, 0x12A0)):
        out[chr(fourth)] = chr(first)
    for ch, target in list(out.items()):  # ሓ -> ሃ -> ሀ, ዓ -> ኣ -> አ
        out[ch] = out.get(target, target)
    return out


_SPECIAL.update(_ethiopic_folds())
# Ethiopic numerals are additive (U+1369..U+137C): digits 1-9, tens 10-90, 100, 10000.
_ETHIOPIC: dict[str, int] = {chr(0x1369 + i): i + 1 for i in range(9)}
_ETHIOPIC.update({chr(0x1372 + i): (i + 1) * 10 for i in range(9)})
_ETHIOPIC["\u137b"] = 100
_ETHIOPIC["\u137c"] = 10000


def _is_arabic_mark(ch: str) -> bool:
    o = ord(ch)
    return 0x064B <= o <= 0x065F or o == 0x0670 or 0x06D6 <= o <= 0x06ED


def _fold_char(ch: str) -> str:
    """Fold one character (without context) to zero or more characters."""
    special = _SPECIAL.get(ch)
    if special is not None:
        return special
    o = ord(ch)
    if o < 0x80:
        return ch.lower()
    dec = unicodedata.decimal(ch, None)
    if dec is not None:
        return str(dec)
    if ch.isspace():
        return " "
    if _is_arabic_mark(ch):
        return ""
    if o < 0x250 or 0x1E00 <= o <= 0x1EFF or 0xFF00 <= o <= 0xFFEF or 0x300 <= o <= 0x36F:
        # Latin (incl. Vietnamese), fullwidth forms, stray combining marks: strip accents.
        out = []
        for c in unicodedata.normalize("NFKD", ch.lower()):
            if unicodedata.combining(c):
                continue
            out.append(_SPECIAL.get(c, c))
        return "".join(out)
    return ch.lower()


@dataclass(frozen=True, slots=True)
class Folded:
    """Folded text plus, per folded character, the original span it came from."""

    text: str
    starts: Sequence[int]
    ends: Sequence[int]
    original_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded span [start, end) to the original text."""
        if not self.text or end <= start:
            pos = self.starts[start] if start < len(self.starts) else self.original_length
            return pos, pos
        return self.starts[start], self.ends[end - 1]


_FOLDED: dict[int, str] = {}  # memo: code point -> `_fold_char` (a `str.translate` table)
_MEMO_LIMIT = 65_536  # bounded: a text cannot make the memo grow without limit


def _one_to_one(text: str) -> bool:
    """True when every character of `text` folds to exactly one character (memoised)."""
    memo = _FOLDED
    for ch in set(text):
        o = ord(ch)
        folded = memo.get(o)
        if folded is None:
            if len(memo) >= _MEMO_LIMIT:
                return False  # the slow path folds without the memo
            folded = memo[o] = _fold_char(ch)
        if len(folded) != 1 or ch in _ETHIOPIC:
            return False
    return True


# Latin letters typed inside a Cyrillic word for the Cyrillic letter they look like
# ("форклiфт" with a Latin i, "HАЛОГ" with a Latin H: a keyboard layout not switched),
# after lowercasing. A word with any other Latin letter is left as written.
_CYRILLIC = "\u0400-\u04ff"
_MIXED = rf"[{_CYRILLIC}][a-z]|[a-z][{_CYRILLIC}]"  # a Cyrillic and a Latin letter side by side
_MIXED_PAIR = re.compile(_MIXED)
_MIXED_CYRILLIC_WORD = re.compile(rf"[a-z{_CYRILLIC}]*(?:{_MIXED})[a-z{_CYRILLIC}]*")
_LOOKALIKES = "aceiopxykmhbt"
_TO_CYRILLIC = str.maketrans(
    _LOOKALIKES, "\u0430\u0441\u0435\u0456\u043e\u0440\u0445\u0443\u043a\u043c\u043d\u0432\u0442"
)


def _cyrillic_word(m: re.Match[str]) -> str:
    word = m.group()
    if any("a" <= c <= "z" and c not in _LOOKALIKES for c in word):
        return word
    return word.translate(_TO_CYRILLIC)


def _unmix_cyrillic(folded: str) -> str:
    """`folded` with lookalike Latin letters inside Cyrillic words made Cyrillic (one
    character for one: offsets do not move)."""
    # Almost no text has such a word: one linear search spares the word regex, which
    # would try a match at every position of every non-ASCII text.
    if _MIXED_PAIR.search(folded) is None:
        return folded
    return _MIXED_CYRILLIC_WORD.sub(_cyrillic_word, folded)


# A year written digit by digit in Chinese numerals ("二零一零年出生", "二〇〇九年"): its
# characters become ASCII digits, one for one, so `{Y}` reads it as it reads "2010年"
# (read as number words, "二零一零" gave an age of 2). The short form of this century's
# years ("零九年出生", "一零年的") too, but only 零X and 一零 to 一六: a pair of
# neighbouring numerals is otherwise an estimate ("三四年", "七八年": three or four years).
_HAN_YEAR = re.compile(
    "(?:一九|二[零〇])[〇零一二三四五六七八九]{2}(?=年)"
    "|(?<![〇零一二三四五六七八九十百千万两])(?:[零〇][〇零一二三四五六七八九]|一[〇零一二三四五六])(?=年)"
)
_HAN_TO_ASCII = str.maketrans("〇零一二三四五六七八九", "00123456789")


def _after_fold(folded: str) -> str:
    """The steps run on the folded text as a whole (both keep offsets one for one):
    lookalike Latin letters inside Cyrillic words, and Chinese digit-by-digit years."""
    t = _unmix_cyrillic(folded)
    if "年" in t:
        t = _HAN_YEAR.sub(lambda m: m.group().translate(_HAN_TO_ASCII), t)
    return t


def fold(text: str) -> Folded:
    """Fold `text` for matching; see the module docstring."""
    n = len(text)
    if text.isascii():
        t = text.lower()
        if "`" in t:
            t = t.replace("`", "'")
        return Folded(t, range(n), range(1, n + 1), n)
    if _one_to_one(text):
        t = text.translate(_FOLDED)
        return Folded(_after_fold(t), range(n), range(1, n + 1), n)
    f = _fold_slow(text)
    return Folded(_after_fold(f.text), f.starts, f.ends, f.original_length)


def _fold_slow(text: str) -> Folded:
    """Fold character by character, keeping each folded character's original span."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in _ETHIOPIC:
            j = i
            total = 0
            while j < n and text[j] in _ETHIOPIC:
                total += _ETHIOPIC[text[j]]
                j += 1
            for d in str(total):
                out.append(d)
                starts.append(i)
                ends.append(j)
            i = j
            continue
        folded = _fold_char(ch)
        if folded:
            for c in folded:
                out.append(c)
                starts.append(i)
                ends.append(i + 1)
        elif ends:
            # A dropped character (accent, tatweel) extends the previous character's span.
            ends[-1] = i + 1
        i += 1
    return Folded("".join(out), tuple(starts), tuple(ends), n)


def fold_pattern(pattern: str) -> str:
    """Fold a lexicon pattern like message text, keeping regex escapes (``\\W``) intact."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        if pattern[i] == "\\" and i + 1 < len(pattern):
            out.append(pattern[i : i + 2])
            i += 2
            continue
        out.append(_fold_char(pattern[i]))
        i += 1
    return "".join(out)
