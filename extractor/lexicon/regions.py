"""Country and region words that may open an organisation's name without being part of it (瑞士艾德集團, 香港貿易發展局).

The scorer compares organisations without one leading word from this list (ANNOTATION.md, "Borderline calls"),
so either form counts; the list is the one ../shared/tools/score.py uses, in both scripts.
"""

REGION_PREFIXES = tuple(sorted(set("""中国 中國 中华人民共和国 中華人民共和國 台湾 台灣 臺灣 香港 澳门 澳門 美国 美國 英国 英國 法国 法國 德国 德國
日本 韩国 韓國 瑞士 瑞典 意大利 荷兰 荷蘭 比利时 比利時 丹麦 丹麥 挪威 芬兰 芬蘭 西班牙 葡萄牙 奥地利 奧地利 澳大利亚 澳大利亞 澳洲
加拿大 俄罗斯 俄羅斯 印度 新加坡 马来西亚 馬來西亞 泰国 泰國 越南 老挝 老撾 柬埔寨 缅甸 緬甸 印尼 印度尼西亚 印度尼西亞 菲律宾 菲律賓
以色列 巴西 阿根廷 墨西哥 新西兰 新西蘭 紐西蘭 爱尔兰 愛爾蘭 波兰 波蘭 捷克 匈牙利 土耳其 沙特 阿联酋 阿聯酋 南非 埃及 卡塔尔 卡塔爾
巴基斯坦 斯里兰卡 斯里蘭卡 孟加拉 尼泊尔 尼泊爾 蒙古 哈萨克斯坦 哈薩克 罗马尼亚 羅馬尼亞 保加利亚 保加利亞 希腊 希臘
塞尔维亚 塞爾維亞 克罗地亚 克羅地亞 斯洛伐克 斯洛文尼亚 斯洛文尼亞 乌克兰 烏克蘭 白俄罗斯 白俄羅斯 立陶宛 拉脱维亚 拉脫維亞 爱沙尼亚
愛沙尼亞 冰岛 冰島 卢森堡 盧森堡 摩纳哥 摩納哥 马耳他 馬耳他 塞浦路斯 伊朗 伊拉克 约旦 約旦 黎巴嫩 叙利亚 敘利亞 科威特 阿曼 巴林 也门
也門 乌兹别克斯坦 烏茲別克 吉尔吉斯斯坦 塔吉克斯坦 土库曼斯坦 阿富汗 文莱 汶萊 东帝汶 東帝汶 朝鲜 朝鮮 智利 秘鲁 秘魯 哥伦比亚 哥倫比亞
委内瑞拉 委內瑞拉 古巴 厄瓜多尔 厄瓜多爾 乌拉圭 烏拉圭 巴拉圭 玻利维亚 玻利維亞 尼日利亚 尼日利亞 肯尼亚 肯尼亞 埃塞俄比亚 埃塞俄比亞
坦桑尼亚 坦桑尼亞 摩洛哥 阿尔及利亚 阿爾及利亞 突尼斯 加纳 迦納 塞拉利昂 津巴布韦 津巴布韋 赞比亚 尚比亞 安哥拉 莫桑比克 纽西兰""".split()), key=len, reverse=True))
