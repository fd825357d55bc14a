"""People whose names the word tagger runs into the word after them, found measuring extract() on a public NER split
(ANNOTATION.md "People": every person named in the body by the longest written name; a bare surname is no entry).

Invented sentences in Simplified and Traditional, in mainland, Hong Kong, Macau, Taiwan, Singapore and Malaysia press
styles; each row asserts the exact set of names extract() lists in `people`. Classes:

- SURNAME_THEN_VERB: a person named in full, then referred back to by the bare surname after a preposition or a verb
  of giving (给/被/向/对/把/让/跟/与/和/由), the tagger running the surname into the one-character verb after it
  (给郑|送去 tagged 郑送): the two characters are no second person;
- GIVEN_NAME_INTO_POST: a name of surname and two characters written right before a post, whose last character the
  tagger ran into the post (周朗|标主任): the name ends where the post begins, the last character is the name's;
- DASH_JOINED: a double-barrelled foreign name written with a single dash (勒布朗—迪萨尔) is one person, named as written;
- NEAR_MISSES: look-alikes that must not change: a two-character name whose second character is a verb, written
  where a name stands (弟弟郑达, 王亦与…); a two-character name right before a whole post (李明主任, 张华副主任,
  王刚代主任, 陈东兼主任); a name before a place and its post (李明县长 keeps 李明); a bare surname with no full
  name (no one); a long dash of punctuation after a foreign name (斯图尔特——他…, 门德斯———一位老将) joins nothing; a dash
  between places (北京—上海) names no one.

Every person and body is made up (places are real); the rows were written before the extractor was run on them.
"""
import pytest

from extractor import extract
from tests.helpers import check_bank_coverage


def _row(row_id: str, text: str, names: set[str]):
    return (row_id, text, names)


SURNAME_THEN_VERB = [
    _row("cn-gei-song", "退休工人郑国仁捐出多年积蓄修路，村民们给郑送去一面锦旗。", {"郑国仁"}),
    _row("cn-gei-song-trad", "退休工人鄭國仁捐出多年積蓄修路，村民們給鄭送去一面錦旗。", {"鄭國仁"}),
    _row("cn-bei-tui", "商人袁德海借柯志明儿子升学之机，送去5000元礼金，被柯退回。", {"袁德海", "柯志明"}),
    _row("cn-bei-tui-trad", "商人袁德海借柯志明兒子升學之機，送去5000元禮金，被柯退回。", {"袁德海", "柯志明"}),
    _row("hk-xiang-wen-trad", "區議員陸家明昨日到屋邨探訪，不少長者向陸問起加建升降機的進度。", {"陸家明"}),
    _row("hk-xiang-wen", "区议员陆家明昨日到屋邨探访，不少长者向陆问起加建升降机的进度。", {"陆家明"}),
    _row("tw-dui-shuo-trad", "台中市議員賴國樑會後與里長座談，里長對賴說出地方的困難。", {"賴國樑"}),
    _row("tw-dui-shuo", "台中市议员赖国梁会后与里长座谈，里长对赖说出地方的困难。", {"赖国梁"}),
    _row("sg-ba-qing", "新加坡社区领袖卓伟强热心公益，居委会把卓请到台上致谢。", {"卓伟强"}),
    _row("sg-ba-qing-trad", "新加坡社區領袖卓偉強熱心公益，居委會把卓請到台上致謝。", {"卓偉強"}),
    _row("my-rang-dai", "槟城商家蔡文彬捐出一批电脑，学校让蔡带回一份感谢状。", {"蔡文彬"}),
    _row("my-rang-dai-trad", "檳城商家蔡文彬捐出一批電腦，學校讓蔡帶回一份感謝狀。", {"蔡文彬"}),
    _row("mo-gen-tan-trad", "澳門居民梁志堅多年照顧獨居老人，記者跟梁談起這段經歷。", {"梁志堅"}),
    _row("mo-gen-tan", "澳门居民梁志坚多年照顾独居老人，记者跟梁谈起这段经历。", {"梁志坚"}),
    _row("cn-gei-ji", "老教师邵昌平退休后仍辅导学生，毕业生每年给邵寄来贺卡。", {"邵昌平"}),
    _row("cn-gei-ji-trad", "老教師邵昌平退休後仍輔導學生，畢業生每年給邵寄來賀卡。", {"邵昌平"}),
    _row("cn-bei-song-back", "施工队长韦光荣拾到一个钱包，失主找来时由韦交还。", {"韦光荣"}),
    _row("cn-bei-song-back-trad", "施工隊長韋光榮拾到一個錢包，失主找來時由韋交還。", {"韋光榮"}),
    _row("hk-gei-da-trad", "保安員譚永健救起落水男童，男童家人其後給譚打電話道謝。", {"譚永健"}),
    _row("hk-gei-da", "保安员谭永健救起落水男童，男童家人其后给谭打电话道谢。", {"谭永健"}),
    _row("tw-xiang-jie-trad", "新竹縣鄉長簡文雄視察工地，包商向簡介紹工程進度。", {"簡文雄"}),
    _row("tw-xiang-jie", "新竹县乡长简文雄视察工地，包商向简介绍工程进度。", {"简文雄"}),
    _row("sg-dui-biao", "教练莫国栋带队夺冠，队员们对莫表达了谢意。", {"莫国栋"}),
    _row("sg-dui-biao-trad", "教練莫國棟帶隊奪冠，隊員們對莫表達了謝意。", {"莫國棟"}),
    _row("my-yu-shang", "吉隆坡华商聂志豪计划扩建工厂，州政府官员与聂商讨用地问题。", {"聂志豪"}),
    _row("my-yu-shang-trad", "吉隆坡華商聶志豪計劃擴建工廠，州政府官員與聶商討用地問題。", {"聶志豪"}),
    _row("cn-gei-song-two-times", "农民符永昌种出新品种西瓜，乡亲们给符送来种子，又给符送来化肥。", {"符永昌"}),
    _row("cn-gei-song-two-times-trad", "農民符永昌種出新品種西瓜，鄉親們給符送來種子，又給符送來化肥。", {"符永昌"}),
    _row("hk-bei-ju-trad", "地產商嚴志峰曾申請改劃用地，申請被嚴撤回後再未提交。", {"嚴志峰"}),
    _row("hk-bei-ju", "地产商严志峰曾申请改划用地，申请被严撤回后再未提交。", {"严志峰"}),
]

GIVEN_NAME_INTO_POST = [
    _row("cn-he-zhuren", "医院心外科龚长平副教授和祁朗标主任为患者实施了手术。", {"龚长平", "祁朗标"}),
    _row("cn-he-zhuren-trad", "醫院心外科龔長平副教授和祁朗標主任為患者實施了手術。", {"龔長平", "祁朗標"}),
    _row("cn-ju-chuzhang", "据祁朗标处长介绍，全市今年将新建污水处理厂三座。", {"祁朗标"}),
    _row("cn-ju-chuzhang-trad", "據祁朗標處長介紹，全市今年將新建污水處理廠三座。", {"祁朗標"}),
    _row("cn-you-jingli", "项目由华润辉经理负责，预计年底完工。", {"华润辉"}),
    _row("cn-you-jingli-trad", "項目由華潤輝經理負責，預計年底完工。", {"華潤輝"}),
    _row("hk-xiaozhang-trad", "學校由鄺志標校長帶領師生參觀香港科學館。", {"鄺志標"}),
    _row("hk-xiaozhang", "学校由邝志标校长带领师生参观香港科学馆。", {"邝志标"}),
    _row("tw-juzhang-trad", "台南市環保局由溫世標局長主持記者會，說明空污改善成果。", {"溫世標"}),
    _row("tw-juzhang", "台南市环保局由温世标局长主持记者会，说明空污改善成果。", {"温世标"}),
    _row("mo-huizhang-trad", "澳門街坊總會邀請龐振森會長出席義賣活動。", {"龐振森"}),
    _row("mo-huizhang", "澳门街坊总会邀请庞振森会长出席义卖活动。", {"庞振森"}),
    _row("sg-jiaoshou", "研究团队由冼立森教授领导，成员来自新加坡国立大学。", {"冼立森"}),
    _row("sg-jiaoshou-trad", "研究團隊由冼立森教授領導，成員來自新加坡國立大學。", {"冼立森"}),
    _row("my-zhuxi", "马六甲华堂在乔德标主席带领下举办中秋晚会。", {"乔德标"}),
    _row("my-zhuxi-trad", "馬六甲華堂在喬德標主席帶領下舉辦中秋晚會。", {"喬德標"}),
    _row("cn-kezhang", "乡里派出了曹秀琳科长和两名干事驻村指导。", {"曹秀琳"}),
    _row("cn-kezhang-trad", "鄉裡派出了曹秀琳科長和兩名幹事駐村指導。", {"曹秀琳"}),
    _row("cn-yuanzhang", "记者见到了刚下手术台的甘永标院长。", {"甘永标"}),
    _row("cn-yuanzhang-trad", "記者見到了剛下手術台的甘永標院長。", {"甘永標"}),
    _row("hk-zhuxi-list-trad", "出席者包括麥子標主席、何嘉欣秘書長等。", {"麥子標", "何嘉欣"}),
    _row("hk-zhuxi-list", "出席者包括麦子标主席、何嘉欣秘书长等。", {"麦子标", "何嘉欣"}),
    _row("tw-duizhang-trad", "救難隊由藍志彬隊長率領，連夜趕往花蓮災區。", {"藍志彬"}),
    _row("tw-duizhang", "救难队由蓝志彬队长率领，连夜赶往花莲灾区。", {"蓝志彬"}),
    _row("cn-suozhang", "派出所的骆国标所长接到报警后立即出警。", {"骆国标"}),
    _row("cn-suozhang-trad", "派出所的駱國標所長接到報警後立即出警。", {"駱國標"}),
    _row("sg-guanzhang", "图书馆的阮秀芳馆长为读者介绍了新书。", {"阮秀芳"}),
    _row("sg-guanzhang-trad", "圖書館的阮秀芳館長為讀者介紹了新書。", {"阮秀芳"}),
    _row("my-dongshizhang", "公司由邬家标董事长亲自签约，合作开发槟城新区。", {"邬家标"}),
    _row("my-dongshizhang-trad", "公司由鄔家標董事長親自簽約，合作開發檳城新區。", {"鄔家標"}),
]

DASH_JOINED = [
    _row("cn-dash-minister", "法国经济部长勒布朗—迪萨尔曾公开表示，希望收回部分货币政策主权。", {"勒布朗—迪萨尔"}),
    _row("cn-dash-minister-trad", "法國經濟部長勒布朗—迪薩爾曾公開表示，希望收回部分貨幣政策主權。", {"勒布朗—迪薩爾"}),
    _row("sg-dash-conductor", "新加坡交响乐团邀请指挥家梅耶—兰伯特执棒新年音乐会。", {"梅耶—兰伯特"}),
    _row("sg-dash-conductor-trad", "新加坡交響樂團邀請指揮家梅耶—蘭伯特執棒新年音樂會。", {"梅耶—蘭伯特"}),
    _row("my-dash-scholar", "马来亚大学聘请德国学者霍夫曼—克劳泽担任研究顾问。", {"霍夫曼—克劳泽"}),
    _row("my-dash-scholar-trad", "馬來亞大學聘請德國學者霍夫曼—克勞澤擔任研究顧問。", {"霍夫曼—克勞澤"}),
    _row("tw-dash-deputy-mayor", "台北市長會見法國里昂副市長杜邦—莫羅，雙方簽署交流備忘錄。", {"杜邦—莫羅"}),
    _row("tw-dash-deputy-mayor-simp", "台北市长会见法国里昂副市长杜邦—莫罗，双方签署交流备忘录。", {"杜邦—莫罗"}),
    _row("mo-dash-lecture", "澳門大學邀請葡萄牙學者費雷拉—桑托斯主講葡語文學。", {"費雷拉—桑托斯"}),
    _row("mo-dash-lecture-simp", "澳门大学邀请葡萄牙学者费雷拉—桑托斯主讲葡语文学。", {"费雷拉—桑托斯"}),
    _row("hk-dash-consul", "英國駐港總領事哈里斯—摩根昨日出席酒會。", {"哈里斯—摩根"}),
    _row("hk-dash-consul-simp", "英国驻港总领事哈里斯—摩根昨日出席酒会。", {"哈里斯—摩根"}),
    _row("cn-dash-subject", "会后，施托克—贝尔纳对记者说，合作前景广阔。", {"施托克—贝尔纳"}),
    _row("cn-dash-subject-trad", "會後，施托克—貝爾納對記者說，合作前景廣闊。", {"施托克—貝爾納"}),
]

NEAR_MISSES = [
    _row("near-double-dash-aside", "记者见到了斯图尔特——他刚刚结束训练。", {"斯图尔特"}),
    _row("near-double-dash-aside-trad", "記者見到了斯圖爾特——他剛剛結束訓練。", {"斯圖爾特"}),
    _row("near-triple-dash-aside", "球队核心门德斯———一位三十五岁的老将，再次首发。", {"门德斯"}),
    _row("near-triple-dash-aside-trad", "球隊核心門德斯———一位三十五歲的老將，再次首發。", {"門德斯"}),
    _row("near-dash-places", "北京—上海高铁今年客流再创新高。", set()),
    _row("near-dash-places-trad", "北京—上海高鐵今年客流再創新高。", set()),
    _row("near-brother-da", "市民郑国仁和弟弟郑达一起照顾老人，街坊们给郑达送去慰问品。", {"郑国仁", "郑达"}),
    _row("near-brother-da-trad", "市民鄭國仁和弟弟鄭達一起照顧老人，街坊們給鄭達送去慰問品。", {"鄭國仁", "鄭達"}),
    _row("near-singer-yi", "歌手王亦与乐队成员一起出席了发布会。", {"王亦"}),
    _row("near-singer-yi-trad", "歌手王亦與樂隊成員一起出席了發布會。", {"王亦"}),
    _row("near-gei-full-name", "村民们给王刚送去一面锦旗，感谢他救人。", {"王刚"}),
    _row("near-gei-full-name-trad", "村民們給王剛送去一面錦旗，感謝他救人。", {"王剛"}),
    _row("near-xiang-full-name", "学生们向李军问好，李军笑着挥手。", {"李军"}),
    _row("near-xiang-full-name-trad", "學生們向李軍問好，李軍笑著揮手。", {"李軍"}),
    _row("near-bei-full-name", "这笔礼金被张伟退回了。", {"张伟"}),
    _row("near-bei-full-name-trad", "這筆禮金被張偉退回了。", {"張偉"}),
    _row("near-two-char-zhuren", "医院李明主任为患者实施了手术。", {"李明"}),
    _row("near-two-char-zhuren-trad", "醫院李明主任為患者實施了手術。", {"李明"}),
    _row("near-fu-zhuren", "据张华副主任介绍，项目进展顺利。", {"张华"}),
    _row("near-fu-zhuren-trad", "據張華副主任介紹，項目進展順利。", {"張華"}),
    _row("near-dai-zhuren", "会议由王刚代主任主持。", {"王刚"}),
    _row("near-dai-zhuren-trad", "會議由王剛代主任主持。", {"王剛"}),
    _row("near-jian-zhuren", "项目由陈东兼任主任，负责日常工作。", {"陈东"}),
    _row("near-jian-zhuren-trad", "項目由陳東兼任主任，負責日常工作。", {"陳東"}),
    _row("near-county-post", "据李明县长介绍，全县今年脱贫人口超过一万。", {"李明"}),
    _row("near-county-post-trad", "據李明縣長介紹，全縣今年脫貧人口超過一萬。", {"李明"}),
    _row("near-ren-zhuren", "去年起由赵军任主任，中心工作有了起色。", {"赵军"}),
    _row("near-ren-zhuren-trad", "去年起由趙軍任主任，中心工作有了起色。", {"趙軍"}),
    _row("near-three-char-whole-post", "据吴建国局长介绍，全市新建公园十座。", {"吴建国"}),
    _row("near-three-char-whole-post-trad", "據吳建國局長介紹，全市新建公園十座。", {"吳建國"}),
    _row("hk-near-zong-post-trad", "公司由黎家輝總經理帶領團隊出席香港書展。", {"黎家輝"}),
    _row("hk-near-zong-post", "公司由黎家辉总经理带领团队出席香港书展。", {"黎家辉"}),
    _row("tw-near-shi-post-trad", "據林志明市長表示，高雄市今年將增建兩座公園。", {"林志明"}),
    _row("tw-near-shi-post", "据林志明市长表示，高雄市今年将增建两座公园。", {"林志明"}),
    _row("mo-near-chang-zhuxi-trad", "澳門工會聯合總會由何啟明理事長主持會議。", {"何啟明"}),
    _row("mo-near-chang-zhuxi", "澳门工会联合总会由何启明理事长主持会议。", {"何启明"}),
    _row("sg-near-two-char-post", "社区中心的陈明主席为居民颁发奖状。", {"陈明"}),
    _row("sg-near-two-char-post-trad", "社區中心的陳明主席為居民頒發獎狀。", {"陳明"}),
    _row("my-near-full-then-surname-speech", "吉隆坡商会会长黄志雄昨日表示，黄说会继续推动投资。", {"黄志雄"}),
    _row("my-near-full-then-surname-speech-trad", "吉隆坡商會會長黃志雄昨日表示，黃說會繼續推動投資。", {"黃志雄"}),
    _row("cn-near-gei-full-name-again", "农民符永昌种出新品种，乡亲们给符永昌送来种子。", {"符永昌"}),
    _row("cn-near-gei-full-name-again-trad", "農民符永昌種出新品種，鄉親們給符永昌送來種子。", {"符永昌"}),
    _row("hk-near-jun-single-given-trad", "議員曾健與陸明一同視察，居民向陸明反映問題。", {"曾健", "陸明"}),
    _row("hk-near-jun-single-given", "议员曾健与陆明一同视察，居民向陆明反映问题。", {"曾健", "陆明"}),
    _row("tw-near-teacher-post-whole-trad", "學校由簡明輝老師帶隊參加全國科展。", {"簡明輝"}),
    _row("tw-near-teacher-post-whole", "学校由简明辉老师带队参加全国科展。", {"简明辉"}),
    _row("sg-near-two-people-surname", "卓伟强与卓文一同创办基金会，居委会把卓文请到台上致谢。", {"卓伟强", "卓文"}),
    _row("sg-near-two-people-surname-trad", "卓偉強與卓文一同創辦基金會，居委會把卓文請到台上致謝。", {"卓偉強", "卓文"}),
]

BANK = SURNAME_THEN_VERB + GIVEN_NAME_INTO_POST + DASH_JOINED + NEAR_MISSES
_SURNAME_ALONE = ("the tagger tags the surname alone as a person and the given name as a word of its own (骆|国标/n|所长): "
                  "a surname and a dictionary word before a post is too often a surname with a field and a post")
_WORD_BEFORE_POST = ("the tagger reads the surname and first given character as a common word (麦子 wheat) and the last "
                     "character with the post: no person tag to extend")
XFAIL: dict[str, str] = {
    "cn-suozhang": _SURNAME_ALONE, "cn-suozhang-trad": _SURNAME_ALONE,
    "my-dongshizhang": _SURNAME_ALONE, "my-dongshizhang-trad": _SURNAME_ALONE,
    "hk-zhuxi-list": _WORD_BEFORE_POST, "hk-zhuxi-list-trad": _WORD_BEFORE_POST,
}


def _names(text: str) -> set[str]:
    return {person.name for person in extract(text).people}


@pytest.mark.parametrize("text, names", [pytest.param(*row[1:], id=row[0], marks=pytest.mark.xfail(strict=True, reason=XFAIL[row[0]])
                                          if row[0] in XFAIL else ()) for row in BANK])
def test_people_glued_to_the_word_after(text, names):
    assert _names(text) == names


def test_the_bank_is_large_varied_and_mostly_passing():
    check_bank_coverage(BANK, XFAIL, minimum=100)
