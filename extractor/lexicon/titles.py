"""Title vocabulary: positions that end a title, honorifics, and words that head a list of people.

All forms are Simplified (matched against the analysis text).
POSITIONS       words a title ends with (longest first when matched); 副/常务/前 prefixes are handled by the rule.
HONORIFICS      words after a name that are not titles (先生), including forms of address (大娘, 师傅).
HONORIFIC_STYLES  conferred styles written before or after a name (拿督, 丹斯里, 太平绅士): honorifics, not titles.
ADDRESS_ENDINGS   characters that make a surname a form of address (刘氏, 胡老, 范太), not a name.
LIST_HEADS      heading words for a list of people, with the role the list gives them.
"""

POSITIONS = (
    "总书记", "书记", "副书记", "常委", "委员", "主席", "副主席", "委员长", "副委员长", "主任", "副主任", "秘书长", "省长", "市长",
    "县长", "区长", "镇长", "乡长", "州长", "村长", "部长", "厅长", "局长", "司长", "处长", "科长", "署长", "关长", "行长",
    "院长", "所长", "校长", "会长", "社长", "馆长", "团长", "队长", "组长", "站长", "台长", "理事长", "董事长", "总经理", "经理",
    "总裁", "总监", "总干事", "干事", "主管", "行政长官", "特首", "总统", "副总统", "总理", "外长", "财长", "防长", "首相", "议长", "议员", "立委",
    "市议员", "主委", "执行长", "首席执行官", "首席执行官", "首席运营官", "创始人", "联合创始人", "合伙人", "董事", "监事",
    "大使", "公使", "总领事", "领事", "参赞", "特使", "代表", "首席代表", "常驻代表", "教授", "副教授", "研究员", "院士",
    "博士", "工程师", "总工程师", "律师", "主编", "总编辑", "负责人", "执行主席", "主席团主席", "会董", "理事",
    "常务理事", "特派员", "参事", "顾问", "高级顾问", "发言人", "新闻发言人", "政委", "司令员", "政务部长", "分析师",
    "执行董事", "首席", "专员", "协理", "主持人", "掌门人", "代省长", "代市长", "代县长", "副执行长", "总指挥",
    "副总指挥", "指挥长", "督学", "总督学", "巡视员", "副巡视员", "调研员", "成员", "天皇", "国王", "女王", "首席技术官", "CEO", "CTO",
    "副主委", "总会长", "执行副会长", "署理局长",  "副总裁", "副总经理", "执行总裁", "检察长",
    "庭长", "审判长", "警务处处长", "处长", "副处长", "厂长", "矿长", "会计师", "秘书", "常务副主席", "政协主席", "副会长",
    "总商会会长", "创会会长", "荣誉会长", "名誉会长", "名誉主席", "荣誉主席", "客座教授", "讲座教授", "博士生导师", "导师",
    "协调员", "法官", "裁判员", "裁判", "部长助理",
)

HONORIFICS = (
    "先生", "女士", "小姐", "夫人", "太太", "同志", "老师", "阁下", "大娘", "大妈", "大爷", "大婶", "大姐", "大哥", "阿姨", "妈妈",
    "师傅", "伯伯", "奶奶", "爷爷",
)

HONORIFIC_STYLES = (
    "拿督斯里", "丹斯里", "拿督", "拿汀", "潘斯里", "敦", "太平绅士", "爵士", "Dato' Sri", "Dato'", "Dato", "Datuk Seri", "Datuk",
    "Datin", "Tan Sri", "Puan Sri", "Tun", "Sir",
)

ADDRESS_ENDINGS = "氏老太公婆总董姐哥叔伯嫂姨妈爷"

LIST_HEADS = {
    "嘉宾": "guest",
    "贵宾": "guest",
    "来宾": "guest",
    "客商": "guest",
    "领导": "leader",
    "市领导": "leader",
    "省领导": "leader",
    "区领导": "leader",
    "县领导": "leader",
    "州领导": "leader",
    "校领导": "leader",
}
