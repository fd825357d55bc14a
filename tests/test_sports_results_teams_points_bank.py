"""A bank of invented sports-results sentences: clubs named by their place and their own name (ANNOTATION.md,
"Organisations": every organisation in its longest written form) and a player's or a period's points and a shooting
percentage with what they measure ("Figures", "Borderline calls": the subject is the thing measured). Classes:

- PLACE_TEAMS: a club written as place + its own name + 队/隊 (某地|飞鹰|队, 菲律賓|某地|星火|隊) in a game sentence is an
  organisation, whole; a later short re-mention (飞鹰队) is no new entry; a coach's title may carry it (某地某某队主教练);
- POINT_VERBS: a player's points after a verb of scoring the grammar did not know (贡献/貢獻, 得到, 独取/獨取, 轰下/轟下,
  狂砍), or after a scoring verb with its modifiers between verb and number (砍下全场最高的31分, 拿下个人赛季新高的35分,
  仅得到14分): a count of 分 whose subject is 得分; a quarter's points (末节仅得到14分) alike;
- SHOOTING: a percentage followed by 的 and the rate it is (打出了42%的三分命中率, 投籃命中率為48%): the rate is the subject;
- NEAR_MISSES: look-alikes that must not change: a country's side (日本队, 中國隊) and generic sides (主队, 两支球队), a
  grade out of marks (考试得到95分), minutes (第3分钟), a margin (以3分之差), a score (103比99), a contribution that is not
  points (贡献良多), a percentage whose subject stands before it.

Every team, person and number is made up (places are real); the rows were written before the extractor was run on them.
Figure rows compare as in the other figure banks (tests/helpers.py, figure_differences); team rows compare the set of
organisations as tests/test_organization_bank.py does (one leading country or region word dropped).
"""
from __future__ import annotations

import pytest

from tests.helpers import F, check_bank_coverage, figure_differences, strict_case
from tests.test_organization_bank import _key, organizations

# (id, sentence, expected organisations)
PLACE_TEAMS = [
    ("cn-two-clubs", "12月3日晚，佛山雷鸣队主场以96比88击败泉州银狐队，取得三连胜。", ["佛山雷鸣队", "泉州银狐队"]),
    ("cn-two-clubs-trad", "12月3日晚，佛山雷鳴隊主場以96比88擊敗泉州銀狐隊，取得三連勝。", ["佛山雷鳴隊", "泉州銀狐隊"]),
    ("cn-next-opponent", "球队将于周日回到主场迎战洛阳铁骑队。", ["洛阳铁骑队"]),
    ("cn-next-opponent-trad", "球隊將於周日回到主場迎戰洛陽鐵騎隊。", ["洛陽鐵騎隊"]),
    ("cn-short-remention", "东莞飞鹰队客场险胜绍兴火凤队，飞鹰队目前以9胜3负暂列第二。", ["东莞飞鹰队", "绍兴火凤队"]),
    ("cn-short-remention-trad", "東莞飛鷹隊客場險勝紹興火鳳隊，飛鷹隊目前以9勝3負暫列第二。", ["東莞飛鷹隊", "紹興火鳳隊"]),
    ("cn-lost-to", "昨晚的比赛中，襄阳猎豹队以79比85不敌九江海豚队。", ["襄阳猎豹队", "九江海豚队"]),
    ("cn-lost-to-trad", "昨晚的比賽中，襄陽獵豹隊以79比85不敵九江海豚隊。", ["襄陽獵豹隊", "九江海豚隊"]),
    ("cn-coach-title", "赛后，柳州青龙队主教练方志远表示球队防守有进步。", ["柳州青龙队"]),
    ("cn-coach-title-trad", "賽後，柳州青龍隊主教練方志遠表示球隊防守有進步。", ["柳州青龍隊"]),
    ("cn-football-draw", "本轮联赛中，湛江战狼队与株洲金鹿队1比1握手言和。", ["湛江战狼队", "株洲金鹿队"]),
    ("cn-football-draw-trad", "本輪聯賽中，湛江戰狼隊與株洲金鹿隊1比1握手言和。", ["湛江戰狼隊", "株洲金鹿隊"]),
    ("cn-volleyball", "女排联赛首轮，盐城白鹭队3比1战胜宜宾翠竹队。", ["盐城白鹭队", "宜宾翠竹队"]),
    ("hk-two-clubs-trad", "港超聯昨日戰罷，元朗晨星隊以2比0擊敗屯門海燕隊。", ["元朗晨星隊", "屯門海燕隊"]),
    ("hk-two-clubs", "港超联昨日战罢，元朗晨星队以2比0击败屯门海燕队。", ["元朗晨星队", "屯门海燕队"]),
    ("hk-coach-trad", "沙田藍鯨隊主教練區家俊賽後稱，球員體能仍需加強。", ["沙田藍鯨隊"]),
    ("hk-opponent-trad", "下一輪該隊將作客挑戰大埔赤狐隊。", ["大埔赤狐隊"]),
    ("hk-remention-trad", "荃灣金翼隊上半場領先，但金翼隊下半場連失兩球，最終以1比2落敗。", ["荃灣金翼隊"]),
    ("mo-foreign-club-trad", "揭幕戰由本澳球隊對陣菲律賓宿霧旋風隊，主隊最終以70比77落敗。", ["菲律賓宿霧旋風隊"]),
    ("mo-foreign-club", "揭幕战由本澳球队对阵菲律宾宿雾旋风队，主队最终以70比77落败。", ["菲律宾宿雾旋风队"]),
    ("mo-two-clubs-trad", "澳門甲組足球聯賽昨晚進行，氹仔藍鷹隊以3比2力克路環海鷗隊。", ["氹仔藍鷹隊", "路環海鷗隊"]),
    ("mo-final-trad", "決賽將由氹仔藍鷹隊迎戰泰國曼谷飛象隊，比賽於週六晚上舉行。", ["氹仔藍鷹隊", "泰國曼谷飛象隊"]),
    ("tw-two-clubs-trad", "昨晚在新竹進行的比賽，新竹風城獵鷹隊以88比80擊敗高雄鋼鐵海神隊。", ["新竹風城獵鷹隊", "高雄鋼鐵海神隊"]),
    ("tw-coach-trad", "台中烈焰隊總教練葉俊宏坦言，球隊近期傷兵太多。", ["台中烈焰隊"]),
    ("tw-next-trad", "該隊本週六將回到主場迎戰桃園閃電隊。", ["桃園閃電隊"]),
    ("tw-two-clubs", "昨晚在新竹进行的比赛，新竹风城猎鹰队以88比80击败高雄钢铁海神队。", ["新竹风城猎鹰队", "高雄钢铁海神队"]),
    ("tw-baseball-trad", "中職昨日一戰，嘉義黑熊隊以5比3逆轉花蓮山貓隊。", ["嘉義黑熊隊", "花蓮山貓隊"]),
    ("sg-two-clubs", "新加坡超级联赛昨晚进行，淡滨尼猛狮队以3比1击败裕廊飞鱼队。", ["淡滨尼猛狮队", "裕廊飞鱼队"]),
    ("sg-coach", "赛后，兀兰雄鹰队主教练陈伟杰说，球员执行力很好。", ["兀兰雄鹰队"]),
    ("sg-two-clubs-trad", "新加坡超級聯賽昨晚進行，淡濱尼猛獅隊以3比1擊敗裕廊飛魚隊。", ["淡濱尼猛獅隊", "裕廊飛魚隊"]),
    ("my-two-clubs", "马来西亚篮球联赛昨晚开打，槟城铁骑队以92比84击败怡保金狮队。", ["槟城铁骑队", "怡保金狮队"]),
    ("my-opponent", "该队下周将作客挑战新山海鹰队。", ["新山海鹰队"]),
    ("my-two-clubs-trad", "馬來西亞籃球聯賽昨晚開打，檳城鐵騎隊以92比84擊敗怡保金獅隊。", ["檳城鐵騎隊", "怡保金獅隊"]),
    ("hk-cup-final-trad", "高級組銀牌決賽，大埔赤狐隊以3比1力挫西貢海龍隊封王。", ["大埔赤狐隊", "西貢海龍隊"]),
    ("mo-league-trad", "本季澳門籃球甲組聯賽，筷子基飛鷹隊暫以7勝1負領先。", ["筷子基飛鷹隊"]),
    ("sg-coach-trad", "賽後，兀蘭雄鷹隊主教練陳偉傑說，球員執行力很好。", ["兀蘭雄鷹隊"]),
    ("my-coach-trad", "賽後，巴生銀鷹隊主教練林國強表示，球隊會調整戰術。", ["巴生銀鷹隊"]),
]

# Look-alikes of a club: a country's side, generic sides, a kind of team. No organisation.
TEAM_NEAR_MISSES = [
    ("near-country-side", "小组赛中，日本队以2比1击败韩国队。", []),
    ("near-country-side-trad", "小組賽中，日本隊以2比1擊敗韓國隊。", []),
    ("near-national-side-trad", "中國國家隊昨晚以3比0擊敗對手。", []),
    ("near-home-away", "主队在末节被客队追平，两支球队战至加时。", []),
    ("near-home-away-trad", "主隊在末節被客隊追平，兩支球隊戰至加時。", []),
    ("near-women-team", "男队和女队都打进了决赛。", []),
    ("near-women-team-trad", "男隊和女隊都打進了決賽。", []),
    # added after the corpus run: a side named by its place and its sport alone is a representative team
    ("near-sport-side", "亚锦赛昨日开赛，香港游泳队首日夺得两枚奖牌。", []),
    ("near-sport-side-trad", "亞錦賽昨日開賽，香港游泳隊首日奪得兩枚獎牌。", []),
    ("near-sport-side-my", "马来西亚羽毛球队在决赛中以3比2击败对手。", []),
    # added after a fresh page: a unit in 队 of a named police force, on a page of no game, is one body, no part of it a club
    ("near-police-unit-trad", "國道公路警察局第五公路警察大隊指出，一輛大貨車追撞前車，3人輕傷。",
     ["國道公路警察局第五公路警察大隊"]),
    ("near-police-unit", "国道公路警察局第五公路警察大队指出，一辆大货车追撞前车，3人轻伤。", ["国道公路警察局第五公路警察大队"]),
]

# (id, sentence, expected figures)
POINT_VERBS = [
    ("cn-cut-down-modified", "外援马克·斯通砍下全场最高的31分、12个篮板。",
     [F("31分", "count", 31, "分", subject="得分"), F("12个", "count", 12, "个", subject="篮板")]),
    ("cn-cut-down-modified-trad", "外援馬克·斯通砍下全場最高的31分、12個籃板。",
     [F("31分", "count", 31, "分", subject="得分"), F("12個", "count", 12, "個", subject="籃板")]),
    ("cn-contribute", "本土后卫齐振东三分球9投5中，贡献19分。", [F("19分", "count", 19, "分", subject="得分")]),
    ("cn-contribute-trad", "本土後衛齊振東三分球9投5中，貢獻19分。", [F("19分", "count", 19, "分", subject="得分")]),
    ("cn-quarter-only", "球队末节仅得到14分，最终输掉比赛。", [F("14分", "count", 14, "分", subject="末节得分")]),
    ("cn-quarter-only-trad", "球隊末節僅得到14分，最終輸掉比賽。", [F("14分", "count", 14, "分", subject="末節得分")]),
    ("cn-season-high", "前锋吕成拿下个人赛季新高的35分。", [F("35分", "count", 35, "分", subject="得分")]),
    ("cn-season-high-trad", "前鋒呂成拿下個人賽季新高的35分。", [F("35分", "count", 35, "分", subject="得分")]),
    ("cn-blast", "第三节主队轰下33分，一举反超比分。", [F("33分", "count", 33, "分", subject="得分")]),
    ("cn-blast-trad", "第三節主隊轟下33分，一舉反超比分。", [F("33分", "count", 33, "分", subject="得分")]),
    ("cn-team-high", "中锋邵一凡攻下全队最多的22分。", [F("22分", "count", 22, "分", subject="得分")]),
    ("cn-rampage", "比赛中，新秀钟毅狂砍40分。", [F("40分", "count", 40, "分", subject="得分")]),
    ("hk-alone-trad", "港隊前鋒馮子軒全場獨取23分，但球隊仍以68比75落敗。", [F("23分", "count", 23, "分", subject="得分")]),
    ("hk-alone", "港队前锋冯子轩全场独取23分，但球队仍以68比75落败。", [F("23分", "count", 23, "分", subject="得分")]),
    ("hk-contribute-le-trad", "控衛溫家朗上半場貢獻了12分。", [F("12分", "count", 12, "分", subject="得分")]),
    ("hk-first-quarter-trad", "球隊首節只得到9分，落後對手11分。", [F("9分", "count", 9, "分", subject="得分")]),
    ("hk-rampage-trad", "港隊新秀羅浩賢全場狂砍32分，率隊反勝。", [F("32分", "count", 32, "分", subject="得分")]),
    ("mo-alone-trad", "澳門隊17歲前鋒梁子健全場獨取25分。", [F("25分", "count", 25, "分", subject="得分")]),
    ("mo-contribute-trad", "後衛鄭浩然三分球8投4中，貢獻16分及5次助攻。",
     [F("16分", "count", 16, "分", subject="得分"), F("5次", "count", 5, "次", subject="助攻")]),
    ("mo-modified-trad", "中鋒何樂軒攻下全場最高的27分。", [F("27分", "count", 27, "分", subject="得分")]),
    ("tw-cut-down-trad", "洋將傑森·卡特砍下全場最高的36分、15個籃板。",
     [F("36分", "count", 36, "分", subject="得分"), F("15個", "count", 15, "個", subject="籃板")]),
    ("tw-get-trad", "球隊第四節僅得到11分，被對手逆轉。", [F("11分", "count", 11, "分", subject="第四節得分")]),
    ("tw-contribute-trad", "替補上場的柯宇翔貢獻18分。", [F("18分", "count", 18, "分", subject="得分")]),
    ("tw-blast-trad", "主隊第二節轟下30分，半場領先15分。", [F("30分", "count", 30, "分", subject="得分")]),
    ("tw-season-high-trad", "新秀許博鈞拿下生涯新高的29分。", [F("29分", "count", 29, "分", subject="得分")]),
    ("tw-rampage-trad", "比賽中，一哥林書維狂砍41分。", [F("41分", "count", 41, "分", subject="得分")]),
    ("sg-contribute", "队长黄俊杰全场贡献21分和8个篮板。",
     [F("21分", "count", 21, "分", subject="得分"), F("8个", "count", 8, "个", subject="篮板")]),
    ("sg-alone", "新加坡队的前锋陈志明独取26分。", [F("26分", "count", 26, "分", subject="得分")]),
    ("sg-get", "球队上半场只得到28分。", [F("28分", "count", 28, "分", subject="得分")]),
    ("sg-contribute-trad", "隊長黃俊傑全場貢獻21分和8個籃板。",
     [F("21分", "count", 21, "分", subject="得分"), F("8個", "count", 8, "個", subject="籃板")]),
    ("my-cut-down", "槟城队外援詹姆斯砍下全场最高的34分。", [F("34分", "count", 34, "分", subject="得分")]),
    ("my-contribute", "本地球员李伟文贡献15分。", [F("15分", "count", 15, "分", subject="得分")]),
    ("my-cut-down-trad", "檳城隊外援詹姆斯砍下全場最高的34分。", [F("34分", "count", 34, "分", subject="得分")]),
    ("my-quarter-trad", "球隊末節僅得到13分，錯失勝機。", [F("13分", "count", 13, "分", subject="末節得分")]),
    ("my-blast", "主队首节轰下31分，奠定胜局。", [F("31分", "count", 31, "分", subject="得分")]),
]

# A percentage followed by 的 and the rate it is, or after the rate.
SHOOTING = [
    ("cn-three-rate-after", "上半场我们防守太松了，被对手打出了42%的三分命中率。",
     [F("42%", "percent", 42, "%", subject="三分命中率")]),
    ("cn-three-rate-after-trad", "上半場我們防守太鬆了，被對手打出了42%的三分命中率。",
     [F("42%", "percent", 42, "%", subject="三分命中率")]),
    ("cn-rate-after", "全队投出了51%的投篮命中率。", [F("51%", "percent", 51, "%", subject="投篮命中率")]),
    ("cn-rate-after-trad", "全隊投出了51%的投籃命中率。", [F("51%", "percent", 51, "%", subject="投籃命中率")]),
    ("hk-free-throw-trad", "球隊罰球只有58%的命中率。", [F("58%", "percent", 58, "%", subject="命中率")]),
    ("mo-rate-before-trad", "全隊投籃命中率為48%。", [F("48%", "percent", 48, "%", subject="投籃命中率")]),
    ("tw-three-rate-trad", "對手全場打出38%的三分命中率。", [F("38%", "percent", 38, "%", subject="三分命中率")]),
    ("sg-rate-after", "新加坡队全场只有35%的三分命中率。", [F("35%", "percent", 35, "%", subject="三分命中率")]),
    ("my-rate-after", "主队以55%的投篮命中率压制对手。", [F("55%", "percent", 55, "%", subject="投篮命中率")]),
    ("my-rate-before-trad", "客隊三分命中率僅為29%。", [F("29%", "percent", 29, "%", subject="三分命中率")]),
]

FIGURE_NEAR_MISSES = [
    ("near-exam-grade", "她在期末考试中得到95分。", []),
    ("near-exam-grade-trad", "她在期末考試中得到95分。", []),
    ("near-minute", "比赛第3分钟，主队率先破门。", []),
    ("near-minute-trad", "比賽第3分鐘，主隊率先破門。", []),
    ("near-margin", "客队最终以3分之差落败。", []),
    ("near-margin-trad", "客隊最終以3分之差落敗。", []),
    ("near-score-only", "主队以103比99险胜对手。", []),
    ("near-contribute-words-trad", "他多年來為球會貢獻良多。", []),
    ("near-got-support-trad", "計劃得到86名家長支持。", [F("86名", "count", 86, "名", subject="家長")]),
    ("near-rating", "这部电影在网上得到8.5分的评分。", []),
    ("near-rate-subject-before", "该地区去年就业率达到96%。", [F("96%", "percent", 96, "%", subject="就业率")]),
    ("near-rate-subject-before-trad", "該區去年就業率達到96%。", [F("96%", "percent", 96, "%", subject="就業率")]),
]

ORG_BANK = PLACE_TEAMS + TEAM_NEAR_MISSES
FIGURE_BANK = POINT_VERBS + SHOOTING + FIGURE_NEAR_MISSES
BANK = ORG_BANK + FIGURE_BANK

XFAIL: dict[str, str] = {
    "mo-two-clubs-trad": "the tagger gives no body or place span over 路環海鷗隊 (路环 and 海鸥 read as plain words), so no club "
                         "is found there; the rule reads the tagger's spans and 氹仔藍鷹隊 in the same sentence is found",
}


@pytest.mark.parametrize("text,expected", [strict_case(c, XFAIL) for c in ORG_BANK])
def test_sports_teams(text, expected):
    assert organizations(text) == {_key(name) for name in expected}


@pytest.mark.parametrize("text,expected", [strict_case(c, XFAIL) for c in FIGURE_BANK])
def test_sports_points(text, expected):
    assert figure_differences(text, expected) == []


def test_bank_covers_both_scripts_and_enough_cases():
    check_bank_coverage(BANK, XFAIL, minimum=100)
