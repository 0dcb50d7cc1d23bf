/**
 * Place and person names for generated orgs: the insurer's 35 provincial-level branches
 * (provinces, municipalities and the separately-listed cities that have their own branch),
 * nine prefecture-level cities or districts for each (the central sub-branches), area
 * words for sub-branches, and common Chinese surnames and given-name characters.
 */
import type { Random } from "./random.js";

/** A place: an id fragment (pinyin initials) and its Chinese name. */
export type Place = readonly [abbr: string, name: string];

export interface Province {
  abbr: string;
  /** Short name as in 北京分公司. */
  name: string;
  /**
   * Relative size of the branch's market: roughly the province's 2013 life-insurance premium
   * in 亿元, rounded (an assumption for invented data, not a statistic to quote). Branch
   * budgets follow it, so 江苏 and 广东 are large and 青海 small whatever the seed.
   */
  weight: number;
  /** Cities (or, for municipalities, districts), capital first. */
  cities: readonly Place[];
}

function province(abbr: string, name: string, weight: number, cities: string): Province {
  return {
    abbr,
    name,
    weight,
    cities: cities.split(" ").map((c) => {
      const [a, n] = c.split(":");
      return [a as string, n as string] as const;
    }),
  };
}

export const PROVINCES: readonly Province[] = [
  province("bj", "北京", 800, "cy:朝阳 hd:海淀 dc:东城 xc:西城 ft:丰台 tz:通州 cp:昌平 dx:大兴 sy:顺义"),
  province("tj", "天津", 250, "hp:和平 hx:河西 nk:南开 hb:河北 bh:滨海 wq:武清 xq:西青 jn:津南 bd:宝坻"),
  province("he", "河北", 650, "sjz:石家庄 ts:唐山 bd:保定 hd:邯郸 cz:沧州 lf:廊坊 xt:邢台 hs:衡水 zjk:张家口"),
  province("sx", "山西", 370, "ty:太原 dt:大同 cz:长治 jz:晋中 yc:运城 lf:临汾 yq:阳泉 ll:吕梁 xz:忻州"),
  province(
    "nm",
    "内蒙古",
    200,
    "hhht:呼和浩特 bt:包头 cf:赤峰 eeds:鄂尔多斯 tl:通辽 hlbe:呼伦贝尔 wlcb:乌兰察布 byne:巴彦淖尔 wh:乌海",
  ),
  province("ln", "辽宁", 380, "sy:沈阳 as:鞍山 fs:抚顺 jz:锦州 yk:营口 dd:丹东 ly:辽阳 tl:铁岭 pj:盘锦"),
  province("dl", "大连", 140, "zs:中山 xg:西岗 shk:沙河口 gjz:甘井子 jz:金州 ls:旅顺 wfd:瓦房店 pld:普兰店 zh:庄河"),
  province("jl", "吉林", 230, "cc:长春 jl:吉林 sp:四平 th:通化 bs:白山 sy:松原 yb:延边 ly:辽源 bc:白城"),
  province(
    "hl",
    "黑龙江",
    380,
    "hrb:哈尔滨 qqhe:齐齐哈尔 mdj:牡丹江 jms:佳木斯 dq:大庆 sh:绥化 jx:鸡西 sys:双鸭山 hh:黑河",
  ),
  province("sh", "上海", 620, "pd:浦东 hp:黄浦 xh:徐汇 cn:长宁 ja:静安 pt:普陀 mh:闵行 bs:宝山 jd:嘉定"),
  province("js", "江苏", 1050, "nj:南京 sz:苏州 wx:无锡 cz:常州 nt:南通 yz:扬州 xz:徐州 yc:盐城 tz:泰州"),
  province("zj", "浙江", 560, "hz:杭州 wz:温州 sx:绍兴 jx:嘉兴 huz:湖州 jh:金华 tz:台州 ls:丽水 qz:衢州"),
  province("nb", "宁波", 140, "hs:海曙 jb:江北 yz:鄞州 bl:北仑 zh:镇海 yy:余姚 cx:慈溪 fh:奉化 nh:宁海"),
  province("ah", "安徽", 400, "hf:合肥 wh:芜湖 bb:蚌埠 aq:安庆 fy:阜阳 mas:马鞍山 la:六安 cz:滁州 sz:宿州"),
  province("fj", "福建", 330, "fz:福州 qz:泉州 zz:漳州 pt:莆田 sm:三明 np:南平 ly:龙岩 nd:宁德 fq:福清"),
  province("xm", "厦门", 70, "sm:思明 hl:湖里 jm:集美 hc:海沧 ta:同安 xa:翔安"),
  province("jx", "江西", 280, "nc:南昌 gz:赣州 jj:九江 sr:上饶 yc:宜春 ja:吉安 fz:抚州 jdz:景德镇 px:萍乡"),
  province("sd", "山东", 850, "jn:济南 yt:烟台 wf:潍坊 ly:临沂 zb:淄博 jng:济宁 ta:泰安 wh:威海 dz:德州"),
  province("qd", "青岛", 160, "sn:市南 sb:市北 lc:李沧 ls:崂山 hd:黄岛 cy:城阳 jm:即墨 jz:胶州 pd:平度"),
  province("ha", "河南", 780, "zz:郑州 ly:洛阳 ny:南阳 xx:新乡 ay:安阳 sq:商丘 zk:周口 xy:信阳 xc:许昌"),
  province("hb", "湖北", 480, "wh:武汉 yc:宜昌 xy:襄阳 jz:荆州 hg:黄冈 xg:孝感 sy:十堰 jm:荆门 xn:咸宁"),
  province("hn", "湖南", 420, "cs:长沙 zz:株洲 xt:湘潭 hy:衡阳 yy:岳阳 cd:常德 sy:邵阳 cz:郴州 yiy:益阳"),
  province("gd", "广东", 1000, "gz:广州 fs:佛山 dg:东莞 hz:惠州 zs:中山 jm:江门 st:汕头 zj:湛江 zh:珠海"),
  province("sz", "深圳", 300, "ft:福田 lh:罗湖 ns:南山 ba:宝安 lg:龙岗 lhu:龙华 yt:盐田 gm:光明 ps:坪山"),
  province("gx", "广西", 230, "nn:南宁 lz:柳州 gl:桂林 yl:玉林 wz:梧州 bh:北海 qz:钦州 bs:百色 gg:贵港"),
  province("hi", "海南", 55, "hk:海口 sy:三亚 dz:儋州 qh:琼海 wc:文昌 wn:万宁"),
  province("cq", "重庆", 300, "yz:渝中 jb:江北 yb:渝北 na:南岸 jlp:九龙坡 spb:沙坪坝 wz:万州 fl:涪陵 yc:永川"),
  province("sc", "四川", 700, "cd:成都 my:绵阳 dy:德阳 nc:南充 yb:宜宾 lz:泸州 ls:乐山 dz:达州 zg:自贡"),
  province("gz", "贵州", 140, "gy:贵阳 zy:遵义 lps:六盘水 as:安顺 bj:毕节 tr:铜仁 qn:黔南 qdn:黔东南 qxn:黔西南"),
  province("yn", "云南", 220, "km:昆明 qj:曲靖 yx:玉溪 dl:大理 hh:红河 zt:昭通 cx:楚雄 bs:保山 pe:普洱"),
  province("sn", "陕西", 380, "xa:西安 bj:宝鸡 xy:咸阳 wn:渭南 hz:汉中 yl:榆林 ya:延安 ak:安康 sl:商洛"),
  province("gs", "甘肃", 150, "lz:兰州 ts:天水 by:白银 jq:酒泉 zy:张掖 ww:武威 pl:平凉 qy:庆阳 dx:定西"),
  province("qh", "青海", 30, "xn:西宁 hd:海东 hx:海西 hb:海北 hn:海南 ys:玉树"),
  province("nx", "宁夏", 50, "yc:银川 szs:石嘴山 wz:吴忠 gy:固原 zw:中卫"),
  province(
    "xj",
    "新疆",
    210,
    "wlmq:乌鲁木齐 klmy:克拉玛依 cj:昌吉 yl:伊犁 ks:喀什 aks:阿克苏 hm:哈密 kel:库尔勒 shz:石河子",
  ),
];

/** Area words that make a sub-branch name with its city: 唐山 + 城东 → 唐山城东支公司. */
export const AREAS: readonly string[] = (
  "城东 城西 城南 城北 城中 高新 开发区 新区 滨江 江北 江南 河东 河西 湖滨 站前 新城 " +
  "老城 港区 经开 临港 东关 西关 南关 北关 东湖 西湖 南湖 北湖 中山路 人民路 解放路 建设路 " +
  "和平路 胜利路 长安路 光明路 朝阳路 文化路 新华路 青年路"
).split(" ");

/** Chinese numerals for the n-th team or the n-th repeat of a place (1-based, up to 99). */
export function numeral(n: number): string {
  const digits = "零一二三四五六七八九";
  if (n < 10) return digits[n] as string;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : digits[tens]}十${ones === 0 ? "" : digits[ones]}`;
}

// Surnames roughly by frequency (the first ones far more common), with a few compound ones.
const SURNAMES = (
  "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 " +
  "彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 " +
  "石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 " +
  "万 钱 严 覃 武 戴 莫 孔 向 汤 常 温 康 施 文 牛 樊 葛 邢 安 齐 易 乔 伍 庞 颜 倪 庄 聂 章 " +
  "鲁 岳 翟 殷 詹 申 欧 耿 关 兰 焦 俞 左 柳 甘 祝 包 宁 尚 符 舒 阮 柯 纪 梅 童 凌 毕 单 季 " +
  "裴 霍 涂 成 苗 谷 盛 曲 翁 冉 骆 蓝 路 游 辛 靳 欧阳 司马 上官 诸葛 东方"
).split(" ");

const SURNAME_CUMULATIVE: number[] = (() => {
  let total = 0;
  return SURNAMES.map((_, i) => (total += i < 10 ? 60 - i * 3 : i < 30 ? 18 : i < 100 ? 6 : 2));
})();

// Given-name characters; a given name is one or two of them.
const GIVEN = (
  "伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平 刚 桂 英 华 玉 萍 红 辉 建 国 " +
  "文 斌 宇 浩 凯 鹏 飞 俊 帆 博 峰 鑫 婷 雪 琳 晶 颖 倩 慧 欣 佳 怡 悦 然 晨 子 梓 涵 思 雨 " +
  "嘉 诗 可 心 志 海 东 亮 林 春 兰 凤 燕 琴 云 梅 莉 蓉 玲 丹 宁 成 龙 波 瑞 荣 新 永 德 庆 " +
  "昊 轩 泽 晓 旭 婉 琪 璐 薇 岚 洁 虹 珊 楠 彤 露 妍 莹 茜 青 松 振 刚 健 康 毅 坤 良 德 清"
).split(" ");

/** A common Chinese full name: surname plus one or two given-name characters. */
export function personName(rng: Random): string {
  const surname = SURNAMES[rng.weighted(SURNAME_CUMULATIVE)] as string;
  const first = rng.pick(GIVEN);
  return rng.chance(0.35) ? surname + first : surname + first + rng.pick(GIVEN);
}
