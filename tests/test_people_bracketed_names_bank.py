"""A person written with another name of theirs in brackets is one person (ANNOTATION.md "People": the name exactly as
written; foreign names keep their ·), Simplified and Traditional, mainland, Hong Kong, Macau, Taiwan, Singapore and
Malaysia. Every passage is invented; each names the class of construction it stands for:

- an Aboriginal or Latin-script name with its Chinese name in brackets (Lahok Kacaw（中文名林志豪）), a Chinese name with
  its English name (陈大文（Peter Chan）), a Malay or Indian name in Chinese with its Latin form (阿都拉曼（Abdul Rahman）),
  and a name with 原名/本名/又名/英文名/中文名/族名/漢名/艺名/笔名 before the bracketed one: the person is the name written
  first, outside the brackets; the bracketed name is no second person;
- a later mention by either name is the same person: the words said and the titles go to the first name;
- near misses: two people (陈大文与李明), a bracketed age, sex or note (陳大文(52歲), 黃志強（化名）), a bracketed body or
  place after a name (王伟（北京）), a bracketed dateline or credit (記者陳大文攝), a bracketed position marker (左).

people: the names of the record's people, in any order; speakers: the quotes' speakers in order (None: unchecked).
"""
import pytest

from extractor import extract


def _bank(passage_id: str, text: str, people: list[str], speakers=None, xfail: str = ""):
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text, people, speakers, id=passage_id, marks=marks)


ABORIGINAL_AND_CHINESE = [  # Taiwan's Aboriginal names with the Chinese name in brackets
    _bank("amis-student-zhongwenming-trad", "阿美族學生Lahok Kacaw(中文名林志豪),他說,「謝謝爸媽讓我走出部落」。",
          ["Lahok Kacaw"], ["Lahok Kacaw"]),
    _bank("atayal-youth-hanming-trad", "泰雅族青年Watan Yukan（漢名林建國）今年考上醫學系，全村為他慶祝。", ["Watan Yukan"]),
    _bank("councillor-zhongwenming-trad", "台東縣議員Kolas Yotaka（中文名谷辣斯）質詢時指出，部落道路年久失修。",
          ["Kolas Yotaka"]),
    _bank("bunun-teacher-zhongwenming-trad", "布農族老師Dahu Istanda（中文名胡志明）帶領學生練習八部合音。",
          ["Dahu Istanda"]),
    _bank("paiwan-chief-hanming-says-trad", "排灣族頭目Kui Tjuveljevelj（漢名邱文雄）說：「這塊土地是祖先留下來的。」",
          ["Kui Tjuveljevelj"], ["Kui Tjuveljevelj"]),
    _bank("truku-athlete-zhongwenming-trad", "太魯閣族選手Iwan Pisaw（中文名王志偉）在全運會奪下金牌。", ["Iwan Pisaw"]),
    _bank("amis-elder-chinese-plain-trad", "阿美族耆老Panay Kacaw（林美花）表示，豐年祭今年將擴大舉辦。", ["Panay Kacaw"]),
    _bank("rukai-artist-zhongwenming-comma-trad", "魯凱族藝術家Sakuliu Pavavaljung（中文名撒古流，今年65歲）昨天開展。",
          ["Sakuliu Pavavaljung"]),
    _bank("seediq-doctor-hanming-later-trad", "賽德克族醫師Pawan Tanah（漢名張志明）返鄉服務。張志明說，部落缺醫的問題很嚴重。",
          ["Pawan Tanah"]),
    _bank("tao-fisherman-zhongwenming-trad", "達悟族漁民Syaman Rapongan（中文名施正雄）今年捕獲的飛魚比往年多。",
          ["Syaman Rapongan"]),
    _bank("amis-singer-zhongwenming-quote-after-trad",
          "「我想把阿美族的歌唱給全世界聽。」阿美族歌手Suming Rupi（中文名舒米恩）說。", ["Suming Rupi"], ["Suming Rupi"]),
    _bank("atayal-mayor-hanming-title-trad", "尖石鄉長Yumin Watan（漢名雲天寶）今天視察災區。", ["Yumin Watan"]),
    _bank("legislator-zuming-after-chinese-trad", "立法委員高金素梅（族名Ciwas Ali）今天召開記者會。", ["高金素梅"]),
    _bank("amis-student-zhongwenming-simplified", "阿美族学生Lahok Kacaw（中文名林志豪）说：“谢谢爸妈让我走出部落。”",
          ["Lahok Kacaw"], ["Lahok Kacaw"]),
    _bank("atayal-youth-hanming-simplified", "泰雅族青年Watan Yukan（汉名林建国）今年考上了医学系。", ["Watan Yukan"]),
    _bank("bunun-coach-chinese-name-later-trad",
          "布農族教練Tama Biung（中文名田志成）帶隊出賽。田志成賽後說：「孩子們表現得很好。」",
          ["Tama Biung"], ["Tama Biung"]),
    _bank("paiwan-weaver-zhongwenming-trad", "排灣族織布師Ljumiq Tjagaran（中文名許美玲）的作品獲選國家工藝獎。",
          ["Ljumiq Tjagaran"]),
    _bank("amis-principal-zhongwenming-he-says-trad",
          "阿美族校長Sra Kacaw（中文名陳國華）昨天出席畢業典禮，他表示：「孩子們要記得自己的母語。」",
          ["Sra Kacaw"], ["Sra Kacaw"]),
]

CHINESE_AND_ENGLISH = [  # a Chinese name with its English name in brackets
    _bank("hk-actor-english", "香港演員張家輝（Nick Cheung）昨日出席首映禮，張家輝說：「這部戲拍了兩年。」",
          ["張家輝"], ["張家輝"]),
    _bank("hk-founder-english-says", "創辦人陳美玲(Mary Chan)說：「我們會繼續擴大規模。」", ["陳美玲"], ["陳美玲"]),
    _bank("hk-english-later-mention", "陳美玲（Mary Chan）昨日表示，Mary Chan認為市場已經見底。", ["陳美玲"]),
    _bank("mainland-english-later-mention", "陈美玲（Mary Chan）昨日表示，Mary Chan认为市场已经见底。", ["陈美玲"]),
    _bank("mainland-ceo-english-later-says", "公司CEO王小明（Tony Wang）说：“今年营收增长三成。”Tony Wang补充道，公司将在明年上市。",
          ["王小明"], ["王小明"]),
    _bank("mainland-professor-english", "东江大学教授陈大文（Peter Chan）表示，研究已进入第二阶段。", ["陈大文"]),
    _bank("sg-mp-english", "新加坡国会议员陈振声（Chan Chun Sing）昨天说：“我们要继续努力。”", ["陈振声"], ["陈振声"]),
    _bank("macau-rector-english-trad", "澳門大學校長宋永華（Yonghua Song）表示，學校將擴大招生。", ["宋永華"]),
    _bank("hk-lawyer-english-later-quote-trad", "大律師何俊傑（Kevin Ho）代表被告。Kevin Ho在庭上說：「我的當事人是無辜的。」",
          ["何俊傑"], ["何俊傑"]),
    _bank("hk-banker-english-trad", "恒東銀行行政總裁黃嘉欣（Karen Wong）預期，本港經濟下半年將溫和增長。", ["黃嘉欣"]),
    _bank("tw-engineer-english-later-trad", "工程師林家豪（Jack Lin）負責晶片設計。Jack Lin表示，新製程良率已達九成。", ["林家豪"]),
    _bank("sg-student-english", "南洋理工大学学生李佳慧（Jasmine Lee）获得全国辩论赛冠军。", ["李佳慧"]),
    _bank("my-entrepreneur-english", "本地企业家黄志明（Jimmy Wong）说，电商平台今年营业额翻倍。", ["黄志明"]),
    _bank("my-entrepreneur-english-later-says", "本地企业家黄志明（Jimmy Wong）受访时说：“生意比去年好。”Jimmy Wong还说，他将开设新分行。",
          ["黄志明"], ["黄志明"]),
    _bank("hk-english-first-chinese-bracket", "Anna Lee（李安娜）是本屆港姐冠軍，李安娜表示會繼續進修。", ["Anna Lee"]),
    _bank("mainland-english-first-chinese-bracket", "外籍教师Mark Smith（中文名史马克）在东江中学任教五年。", ["Mark Smith"]),
    _bank("hk-english-first-chinese-bracket-says-trad", "外籍教師Mark Smith（中文名史馬克）說：「我很喜歡香港的學生。」",
          ["Mark Smith"], ["Mark Smith"]),
    _bank("macau-chef-english-trad", "澳門名廚梁志偉（Wilson Leung）今年再奪米芝蓮星級。", ["梁志偉"],
          xfail="the tagger calls 米芝蓮 (a guide's name after a verb) a person"),
    _bank("macau-chef-english-later-says-trad", "澳門名廚梁志偉（Wilson Leung）說：「葡國菜要用本地食材。」Wilson Leung又指，餐廳明年擴充。",
          ["梁志偉"], ["梁志偉"]),
    _bank("tw-singer-english-trad", "歌手蔡佳玲（Jolin Tsai）今晚在小巨蛋開唱。", ["蔡佳玲"]),
    _bank("sg-doctor-english-later", "中央医院医生吴家豪（Gary Goh）说，病人情况稳定。Gary Goh指出，手术很成功。", ["吴家豪"]),
    _bank("hk-student-english-trad", "中學生鄭嘉儀（Kelly Cheng）在國際數學奧林匹克奪得金牌。", ["鄭嘉儀"]),
    _bank("mainland-scientist-english-then-title", "首席科学家周立新（Lixin Zhou）博士说：“新材料已进入量产阶段。”",
          ["周立新"], ["周立新"]),
    _bank("hk-english-with-chinese-surname-later-trad", "律師黃嘉明（Kevin Wong）昨日在庭外表示，會考慮上訴。黃嘉明強調尊重法庭裁決。",
          ["黃嘉明"]),
    _bank("tw-designer-english-trad", "設計師吳佩珊（Peggy Wu）的作品入選米蘭設計週。", ["吳佩珊"]),
    _bank("sg-athlete-english", "游泳选手林明辉（Jonathan Lim）在东运会夺得两金。", ["林明辉"]),
    _bank("mainland-two-each-with-english", "陈大文（Peter Chan）与李明（Michael Lee）共同创办了这家公司。", ["陈大文", "李明"]),
    _bank("hk-two-each-with-english-trad", "陳大文（Peter Chan）與李明（Michael Lee）共同創辦了這家公司。", ["陳大文", "李明"]),
    _bank("hk-english-half-width-trad", "區議員馮志強(Francis Fung)批評，屋苑管理費加幅過高。", ["馮志強"]),
]

MALAY_AND_INDIAN = [  # a Malay or Indian name written in Chinese with its Latin form
    _bank("my-minister-latin", "马来西亚卫生部长阿都拉曼（Abdul Rahman）表示，疫苗供应充足。", ["阿都拉曼"]),
    _bank("my-minister-latin-later-says", "卫生部长祖基菲里（Dzulkefly Ahmad）说：“疫苗供应充足。”Dzulkefly Ahmad也说，医院床位足够。",
          ["祖基菲里"], ["祖基菲里"]),
    _bank("my-indian-mp-latin", "国会议员古拉（Kulasegaran）在国会辩论时说，政府应增加拨款。", ["古拉"]),
    _bank("my-student-latin", "马来学生莫哈末阿末（Mohamad Ahmad）考获全国最佳成绩。", ["莫哈末阿末"]),
    _bank("sg-malay-mp-latin", "国会议员费沙（Faishal Ibrahim）昨天说：“社区要团结。”", ["费沙"], ["费沙"]),
    _bank("sg-indian-minister-latin", "律政部长尚穆根（K Shanmugam）在国会答复议员提问。", ["尚穆根"]),
    _bank("my-malay-teacher-latin-trad", "馬來教師諾哈蒂（Nor Hayati）在華小任教十年。", ["諾哈蒂"],
          xfail="the tagger calls 馬來 (before 教師) and 華小 (a school) people"),
    _bank("my-indian-doctor-latin-trad", "印裔醫生古馬（Kumar Selvam）說：「病人的情況已經穩定。」", ["古馬"], ["古馬"]),
    _bank("my-malay-athlete-latin-later", "羽球选手阿兹曼（Azman Hassan）赢得冠军。Azman Hassan赛后说，他会继续努力。", ["阿兹曼"]),
    _bank("my-latin-first-chinese-bracket", "州议员Ahmad Zaki（阿末扎基）今天到访华小。", ["Ahmad Zaki"]),
    _bank("sg-malay-student-latin", "马来族学生努鲁（Nurul Huda）获得总统奖学金。", ["努鲁"]),
    _bank("my-indian-lawyer-latin", "律师拉维（Ravi Chandran）代表原告出庭。", ["拉维"]),
    _bank("my-malay-ceo-latin-trad", "國家石油總裁阿茲曼（Azman Ibrahim）表示，油價將維持穩定。", ["阿茲曼"]),
    _bank("sg-indian-teacher-latin-trad", "印裔老師沙菲卡（Shafiqah Begum）獲頒傑出教師獎。", ["沙菲卡"]),
    _bank("my-malay-officer-latin-says-trad", "警區主任莫哈末（Mohd Nasir）說：「警方已逮捕兩名嫌犯。」", ["莫哈末"], ["莫哈末"]),
]

NAME_WORDS = [  # 原名/本名/又名/英文名/中文名/族名/漢名/艺名/笔名 before the bracketed name
    _bank("yuanming-writer", "作家林海音（原名林含英）的故居对外开放。", ["林海音"]),
    _bank("yuanming-writer-trad", "作家林海音（原名林含英）的故居對外開放。", ["林海音"]),
    _bank("benming-official", "李国强（本名李强）曾任市长多年。", ["李国强"]),
    _bank("benming-official-trad", "李國強（本名李強）曾任市長多年。", ["李國強"]),
    _bank("yingwenming-champion", "本届冠军得主李明（英文名Michael Lee）说：“我会继续努力。”", ["李明"], ["李明"]),
    _bank("yingwenming-champion-trad", "本屆冠軍得主李明（英文名Michael Lee）說：「我會繼續努力。」", ["李明"], ["李明"]),
    _bank("youming-painter", "画家张大千（又名张爰）的作品在拍卖会上成交。", ["张大千"]),
    _bank("youming-painter-trad", "畫家張大千（又名張爰）的作品在拍賣會上成交。", ["張大千"]),
    _bank("yiming-singer", "歌手周杰（艺名阿杰）昨晚在体育馆开唱。", ["周杰"]),
    _bank("yiming-singer-trad", "歌手周杰（藝名阿杰）昨晚在體育館開唱。", ["周杰"]),
    _bank("biming-writer", "作家王明华（笔名王小波）的新书昨天出版。", ["王明华"]),
    _bank("biming-writer-trad", "作家王明華（筆名王小波）的新書昨天出版。", ["王明華"]),
    _bank("zhongwenming-foreigner", "美国学者Robert Smith（中文名史罗伯）在讲座上介绍了研究成果。", ["Robert Smith"]),
    _bank("yingwenming-colon", "东江中学校长黄志勇（英文名：Kelvin Wong）介绍了学校的发展规划。", ["黄志勇"]),
    _bank("yingwenming-colon-trad", "東江中學校長黃志勇（英文名：Kelvin Wong）介紹了學校的發展規劃。", ["黃志勇"]),
    _bank("yuanming-later-mention-quote", "演员成龙（原名陈港生）说：“我永远是中国人。”", ["成龙"], ["成龙"]),
    _bank("yuanming-later-mention-quote-trad", "演員成龍（原名陳港生）說：「我永遠是中國人。」", ["成龍"], ["成龍"]),
    _bank("zuming-later-chinese-name-trad", "排灣族歌手陳美玲（族名Ljumiq）昨晚獲得金曲獎，陳美玲說，要把獎獻給部落。", ["陳美玲"]),
    _bank("hanming-colon-trad", "阿美族青年Kacaw Lahok（漢名：林正義）擔任部落導覽員。", ["Kacaw Lahok"]),
    _bank("benming-later-by-bracketed-name", "艺人刘德明（本名刘福荣）出席活动。刘福荣表示，将捐出全部片酬。", ["刘德明"]),
    _bank("benming-later-by-bracketed-name-trad", "藝人劉德明（本名劉福榮）出席活動。劉福榮表示，將捐出全部片酬。", ["劉德明"]),
    _bank("yuanming-sg", "本地作家尤今（原名谭幼今）获颁文化奖。", ["尤今"],
          xfail="the tagger does not find 尤今 (a two-character pen name after 作家) as a person, so no first name opens the brackets"),
    _bank("zhongwenming-my-trad", "英籍教練John Carter（中文名卡達）率領國家隊出征。", ["John Carter"]),
    _bank("yingwenming-macau-trad", "澳門歌手梁嘉欣（英文名Cathy Leung）將於下月舉行演唱會。", ["梁嘉欣"]),
    _bank("yingwenming-macau-says-trad", "澳門歌手梁嘉欣（英文名Cathy Leung）說：「多謝歌迷支持。」", ["梁嘉欣"], ["梁嘉欣"]),
    _bank("biming-quote-mainland", "作家周树仁（笔名鲁迅）曾说：“其实地上本没有路。”", ["周树仁"], ["周树仁"]),
]

LATER_MENTIONS = [  # a later mention by either name is the same person: quotes and titles go to the first name
    _bank("later-english-speaker-hk-trad", "新任主席陳志強（Jason Chan）就職。Jason Chan致辭時表示：「我會聆聽會員意見。」",
          ["陳志強"], ["陳志強"]),
    _bank("later-english-speaker-mainland", "新任主席陈志强（Jason Chan）就职。Jason Chan致辞时表示：“我会听取会员意见。”",
          ["陈志强"], ["陈志强"]),
    _bank("later-chinese-speaker-aboriginal-trad",
          "卑南族青年Pakawyan Sawagu（中文名王建明）返鄉創業。王建明說：「部落也能有年輕人的工作。」",
          ["Pakawyan Sawagu"], ["Pakawyan Sawagu"]),
    _bank("later-chinese-speaker-aboriginal-simplified",
          "卑南族青年Pakawyan Sawagu（中文名王建明）返乡创业。王建明说：“部落也能有年轻人的工作。”",
          ["Pakawyan Sawagu"], ["Pakawyan Sawagu"]),
    _bank("later-latin-speaker-malay", "卫生部长祖基菲里（Dzulkefly Ahmad）今天宣布新措施。Dzulkefly Ahmad说：“医院会增加床位。”",
          ["祖基菲里"], ["祖基菲里"]),
    _bank("later-latin-speaker-malay-trad", "衛生部長祖基菲里（Dzulkefly Ahmad）今天宣布新措施。Dzulkefly Ahmad說：「醫院會增加床位。」",
          ["祖基菲里"], ["祖基菲里"]),
    _bank("later-yuanming-speaker", "演员成龙（原名陈港生）出席首映。陈港生说：“这部戏我拍了三年。”", ["成龙"], ["成龙"]),
    _bank("later-yuanming-speaker-trad", "演員成龍（原名陳港生）出席首映。陳港生說：「這部戲我拍了三年。」", ["成龍"], ["成龍"]),
    _bank("later-english-quote-after-sg", "律师林志伟（Edwin Lim）为被告辩护。“我的当事人会上诉。”Edwin Lim说。",
          ["林志伟"], ["林志伟"],
          xfail="a Latin name after the words (“…”Edwin Lim说) is not read as the speaker, whichever person it refers to"),
    _bank("later-english-quote-after-trad", "律師林志偉（Edwin Lim）為被告辯護。「我的當事人會上訴。」Edwin Lim說。",
          ["林志偉"], ["林志偉"],
          xfail="a Latin name after the words (「…」Edwin Lim說) is not read as the speaker, whichever person it refers to"),
    _bank("later-english-first-chinese-speaker", "Anna Lee（李安娜）出席记者会。李安娜说：“我会继续进修。”",
          ["Anna Lee"], ["Anna Lee"]),
    _bank("later-english-first-chinese-speaker-trad", "Anna Lee（李安娜）出席記者會。李安娜說：「我會繼續進修。」",
          ["Anna Lee"], ["Anna Lee"]),
    _bank("later-benming-speaker-tw-trad", "作家吳念真（本名吳文欽）出席書展。吳文欽說：「寫作是一輩子的事。」",
          ["吳念真"], ["吳念真"]),
    _bank("later-english-two-quotes-hk-trad",
          "總經理何嘉欣（Karen Ho）說：「今年會增聘一百人。」Karen Ho又說：「明年再開兩間分店。」",
          ["何嘉欣"], ["何嘉欣", "何嘉欣"]),
    _bank("later-english-two-quotes-mainland",
          "总经理何嘉欣（Karen Ho）说：“今年会增聘一百人。”Karen Ho又说：“明年再开两家分店。”",
          ["何嘉欣"], ["何嘉欣", "何嘉欣"]),
    _bank("later-latin-indian-says-trad", "國會議員古拉（Kulasegaran）出席辯論。Kulasegaran說：「政府應增加撥款。」",
          ["古拉"], ["古拉"]),
    _bank("later-zuming-latin-speaker-trad", "立法委員高金素梅（族名Ciwas Ali）今天召開記者會。Ciwas Ali說：「政府要尊重原住民。」",
          ["高金素梅"], ["高金素梅"]),
    _bank("later-both-names-mainland", "青年画家王一鸣（英文名Ethan Wang）举办个展。王一鸣说，Ethan Wang是留学时起的名字。",
          ["王一鸣"]),
]

NEAR_MISSES = [  # brackets after a name that hold no other name of the person, and two people side by side
    _bank("two-people-and", "陈大文与李明昨日出席了签约仪式。", ["陈大文", "李明"]),
    _bank("two-people-and-trad", "陳大文與李明昨日出席了簽約儀式。", ["陳大文", "李明"]),
    _bank("two-people-comma", "会长陈大文、秘书长李明出席了会议。", ["陈大文", "李明"]),
    _bank("two-people-comma-trad", "會長陳大文、秘書長李明出席了會議。", ["陳大文", "李明"]),
    _bank("age-bracket-trad", "被告陳大文(52歲)今日在法院應訊。", ["陳大文"]),
    _bank("age-bracket", "被告人陈大文（52岁）今日在法院受审。", ["陈大文"]),
    _bank("sex-and-age-bracket", "犯罪嫌疑人王某某（男，32岁）已被警方刑事拘留。", ["王某某"]),
    _bank("sex-and-age-bracket-trad", "犯罪嫌疑人王某某（男，32歲）已被警方刑事拘留。", ["王某某"]),
    _bank("pseudonym-note-trad", "市民黃志強（化名）表示，他已經等了三年。", ["黃志強"]),
    _bank("pseudonym-note", "市民黄志强（化名）表示，他已经等了三年。", ["黄志强"]),
    _bank("transliteration-note-sg", "被告陈某某（译音，41岁）昨天在国家法院承认欺诈罪。", ["陈某某"]),
    _bank("place-bracket-mainland", "参赛选手王伟（北京）获得一等奖。", ["王伟"]),
    _bank("place-bracket-trad", "參賽選手王偉（台中）獲得一等獎。", ["王偉"]),
    _bank("org-bracket-mainland", "获奖者陈立新（东江大学）作了主题报告。", ["陈立新"]),
    _bank("org-bracket-trad", "得獎者陳立新（東江大學）發表專題演講。", ["陳立新"]),
    _bank("left-right-photo-trad", "圖為陳大文（左）與李明（右）握手。", ["陳大文", "李明"],
          xfail="a bracketed position marker (左)/(右) after each of two names hides both from the tagger"),
    _bank("left-right-photo", "图为陈大文（左）与李明（右）握手。", ["陈大文", "李明"],
          xfail="a bracketed position marker (左)/(右) after each of two names hides both from the tagger"),
    _bank("credit-trad", "東江市長陳大文昨日巡視工地。（記者林志明攝）", ["陳大文"],
          xfail="a bracketed photo credit at the end of a one-sentence text hides the body's person"),
    _bank("credit", "东江市长陈大文昨日视察工地。（记者林志明摄）", ["陈大文"],
          xfail="a bracketed photo credit at the end of a one-sentence text hides the body's person"),
    _bank("dateline-after-name-trad", "（中央社記者林志明台北5日電）行政院長陳大文今天宣布新政策。", ["陳大文"]),
    _bank("party-bracket-trad", "立委陳大文（民進黨）今天質詢時指出，預算編列不足。", ["陳大文"]),
    _bank("party-bracket-my", "州议员林志明（行动党）说，当局应尽快修路。", ["林志明"]),
    _bank("constituency-bracket-sg", "国会议员陈大文（东区集选区）昨天在国会发言。", ["陈大文"]),
    _bank("title-bracket-trad", "陳大文（東江大學教授）指出，研究已進入第二階段。", ["陳大文"]),
    _bank("title-bracket", "陈大文（东江大学教授）指出，研究已进入第二阶段。", ["陈大文"]),
    _bank("school-grade-bracket-trad", "學生林嘉欣（中三）在比賽中奪得冠軍。", ["林嘉欣"],
          xfail="a bracketed school form (中三) after the name hides it from the tagger"),
    _bank("deceased-bracket", "已故作家林海音（1918－2001）的故居对外开放。", ["林海音"]),
    _bank("deceased-bracket-trad", "已故作家林海音（1918－2001）的故居對外開放。", ["林海音"]),
    _bank("pinyin-note-mainland", "记者采访了市民王芳（音）。", ["王芳"]),
    _bank("two-people-each-titled-bracket-trad", "陳大文（主席）與李明（秘書長）一同主持儀式。", ["陳大文", "李明"]),
    _bank("english-org-after-name-hk-trad", "陳大文（HSBC）表示，利率將維持不變。", ["陳大文"]),
    _bank("my-datuk-bracket-two-people", "拿督林志明（左二）移交支票给校长陈大文。", ["林志明", "陈大文"],
          xfail="a bracketed position marker (左二) after a styled name hides both names from the tagger"),
    _bank("witness-and-defendant-trad", "證人陳大文（化名）指證被告李明在現場。", ["陳大文", "李明"]),
    _bank("english-org-latin-mainland", "王伟（IBM）介绍了公司的新产品。", ["王伟"]),
    _bank("two-people-he-tong-trad", "陳大文和李明（均為東江大學教授）發表研究成果。", ["陳大文", "李明"]),
]

ALL = ABORIGINAL_AND_CHINESE + CHINESE_AND_ENGLISH + MALAY_AND_INDIAN + NAME_WORDS + LATER_MENTIONS + NEAR_MISSES


@pytest.mark.parametrize("text, people, speakers", ALL)
def test_people_bracketed_names(text, people, speakers):
    record = extract(text)
    assert sorted(p.name for p in record.people) == sorted(people)
    if speakers is not None:
        assert [q.speaker for q in record.quotes] == speakers
