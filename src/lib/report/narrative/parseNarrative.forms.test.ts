/**
 * The contract of the narrative reader, one sentence form per row: what must be
 * read, and what only looks like a count. Each text is a small report body; a
 * row lists every channel figure expected (exactly), and the narrative values
 * it names (the others must stay null).
 */
import { describe, expect, it } from 'vitest';
import { segmentReport } from '../segmentReport';
import { createTextDocument } from '../textDocument';
import type { ChannelKind, ChannelMetric } from '../types';
import { parseNarrative } from './parseNarrative';

type Figure = [ChannelKind, ChannelMetric, number, boolean];
interface Form {
  name: string;
  text: string;
  channels?: Figure[];
  received?: number;
  answered?: number;
  online?: number;
  written?: number;
  mail?: number;
  inPerson?: number;
  otherRoute?: number;
  proactive?: number;
  fee?: number;
}

function read(text: string) {
  const doc = createTextDocument(text);
  return parseNarrative(doc, segmentReport(doc));
}

const sortFigures = (f: Figure[]) => [...f].sort((a, b) => `${a}`.localeCompare(`${b}`));

const CHANNEL_FORMS: Form[] = [
  { name: 'quoted account + 微信公众号 + 发布 N 条 is wechat posts', text: '“平安济源”微信公众号发布 1975 条。', channels: [['wechat', 'posts', 1975, false]] },
  { name: 'a year-like number before 条 is a count ("官方微博发布 2021 条")', text: '官方微博发布 2021 条。', channels: [['weibo', 'posts', 2021, false]] },
  { name: 'a year before 年 is a year, the count after it is read', text: '官方微博2021年发布信息 300 条。', channels: [['weibo', 'posts', 300, false]] },
  { name: '累计发布信息 N 条 on 微博', text: '微博累计发布信息 4312 条。', channels: [['weibo', 'posts', 4312, false]] },
  { name: '抖音官方号 发布作品', text: '抖音官方号共发布作品231条。', channels: [['douyin', 'posts', 231, false]] },
  { name: '粉丝数 0.6233万 converts 万', text: '微信公众号平安淄博经开粉丝数 0.6233万。', channels: [['wechat', 'followers', 6233, false]] },
  { name: '粉丝 4475 多人 is approximate', text: '“茌平公安”微博现有粉丝 4475 多人。', channels: [['weibo', 'followers', 4475, true]] },
  { name: 'a one-channel sentence lends its channel to later clauses', text: '“茌平公安”微博现有粉丝 4475 多人，2020 年发布警务信息 400 余条，点击阅读量超过 40 万人次。', channels: [['weibo', 'followers', 4475, true], ['weibo', 'posts', 400, true], ['weibo', 'views', 400000, true]] },
  { name: '订阅数 N 个 is followers', text: '“宝鸡公安”微信订阅数 11585 个。', channels: [['wechat', 'followers', 11585, false]] },
  { name: '关注量为 N 个 is followers', text: '“@宝鸡公安”微博关注量为 300943 个。', channels: [['weibo', 'followers', 300943, false]] },
  { name: '报纸、广播、电视、杂志 together are news_media', text: '报纸、广播、电视、杂志等公开政府信息 8327 条。', channels: [['news_media', 'posts', 8327, false]] },
  { name: '不同渠道 … 共公开 is the all-channel total', text: '我局通过不同渠道共公开政府信息 10840 条，其中门户网站公布信息 995 条。', channels: [['all', 'posts', 10840, false], ['website', 'posts', 995, false]] },
  { name: 'two platforms ending 等网络渠道 are a combined figure (other), not all channels', text: '通过平度政务网、平度公安微信等网络渠道主动发布信息700余条。', channels: [['other', 'posts', 700, true]] },
  { name: 'a colon inside a clause keeps metric and number together', text: '微博粉丝数：125863人；微信关注数：45698人。', channels: [['weibo', 'followers', 125863, false], ['wechat', 'followers', 45698, false]] },
  { name: 'a verb before the channel ("发布微博 N 条") reads as posts', text: '“XX公安”官方微博粉丝量达120万，全年发布微博1.2万条，总阅读量超过2亿次。', channels: [['weibo', 'followers', 1200000, false], ['weibo', 'posts', 12000, false], ['weibo', 'views', 200000000, true]] },
  { name: 'two named accounts, each with posts and views', text: '政务微博“@XX公安”发布信息3000余条，阅读量达5000余万次；政务微信“XX公安”发布信息800余条，阅读量300余万次。', channels: [['weibo', 'posts', 3000, true], ['weibo', 'views', 50000000, true], ['wechat', 'posts', 800, true], ['wechat', 'views', 3000000, true]] },
  { name: 'likes are not a metric', text: '“XX公安”抖音号粉丝 35.6 万，发布视频 860 条，获赞 1200 万。', channels: [['douyin', 'followers', 356000, false], ['douyin', 'posts', 860, false]] },
  { name: 'channels named in a breakdown of an unattributed total are each read', text: '全年共发布信息 2356 条，其中门户网站 1200 条，微博 600 条，微信 556 条。', channels: [['website', 'posts', 1200, false], ['weibo', 'posts', 600, false], ['wechat', 'posts', 556, false]] },
  { name: 'a count of accounts is not a post count', text: '开设政务微博、微信公众号、抖音号等新媒体账号 15 个。全市公安机关共有政务新媒体 56 个。', channels: [] },
  { name: 'a count of website columns is not a post count', text: '门户网站共设置栏目 45 个。', channels: [] },
  { name: '发稿 in named outlets is news_media posts', text: '在新华网、人民网等中央媒体发稿 30 篇。', channels: [['news_media', 'posts', 30, false]] },
  { name: 'an official 公示平台 is gov_platform', text: '行政执法公示平台公开行政处罚信息 2000 条。', channels: [['gov_platform', 'posts', 2000, false]] },
  { name: 'services handled on a channel are not posts', text: '微信公众号开通“在线办”功能，网上办理业务 5000 余件。', channels: [] },
  { name: 'replies on a channel count; letters to a mailbox do not', text: '微博回复网民留言 300 条，通过门户网站局长信箱回复群众来信 200 件。', channels: [['weibo', 'replies', 300, false]] },
  { name: 'a single item\'s maximum is left out, the total kept', text: '抖音号发布短视频 300 条，总播放量 2000 万次，单条最高播放量 300 万次。', channels: [['douyin', 'posts', 300, false], ['douyin', 'views', 20000000, false]] },
  { name: 'a year-on-year change is not a figure', text: '微信公众号发布信息 1234 条，较去年增加 200 条。', channels: [['wechat', 'posts', 1234, false]] },
  { name: 'thousands separators are part of the number', text: '微博发布信息 12,345 条，微信发布 1,234条。', channels: [['weibo', 'posts', 12345, false], ['wechat', 'posts', 1234, false]] },
  { name: 'a half-width comma between clauses is not a thousands separator', text: '抖音粉丝 4475,发布作品 300 条。', channels: [['douyin', 'followers', 4475, false], ['douyin', 'posts', 300, false]] },
  { name: 'a list of channels ending 等渠道 is all', text: '通过新闻发布会、政府信息公开平台以及报刊、微博、微信公众号等渠道发布各类信息 1000 余条。', channels: [['all', 'posts', 1000, true]] },
  { name: 'several accounts of one platform are kept apart', text: '“@宝鸡公安”微博关注量为 300943 个；“@宝鸡交警”微博关注量为 120000 个。', channels: [['weibo', 'followers', 300943, false], ['weibo', 'followers', 120000, false]] },
  { name: 'one figure stated twice is counted once', text: '抖音累计发布信息 231 条。今年，抖音官方号共发布作品231条。', channels: [['douyin', 'posts', 231, false]] },
  { name: 'an unknown platform becomes other, not dropped', text: '通过“南方+”客户端发布信息 120 条。', channels: [['other', 'posts', 120, false]] },
  { name: 'an unknown X平台 that publishes becomes other', text: '深圳警观融媒资讯平台发布稿件3249篇。', channels: [['other', 'posts', 3249, false]] },
  { name: 'screens and bulletin boards are other', text: '通过大屏幕、纸质宣传载体公开便民信息36条。', channels: [['other', 'posts', 36, false]] },
  { name: 'a new-media aggregate is other', text: '全年新媒体平台累计发布信息33871条。', channels: [['other', 'posts', 33871, false]] },
  { name: '两微一端 is other', text: '两微一端发布信息 800 条。', channels: [['other', 'posts', 800, false]] },
  { name: 'weibo and wechat written together are a combined (other) figure', text: '“湖南公安”微博微信用户超187余万人，发布信息1.1万余条。', channels: [['other', 'followers', 1870000, true], ['other', 'posts', 11000, true]] },
  { name: '抖音、快手号 together are other', text: '微博发布信息18523条，微信发布信息1109条，抖音、快手号发布视频325个。', channels: [['weibo', 'posts', 18523, false], ['wechat', 'posts', 1109, false], ['other', 'posts', 325, false]] },
  { name: '"等7个新媒体平台": the platform count is not a figure', text: '通过“深圳龙华公安”微信公众号等7个新媒体平台累计发布信息260余条。', channels: [['other', 'posts', 260, true]] },
  { name: '今日头条号 posts and views', text: '今日头条号发布 500 条，阅读量 30 万次。', channels: [['toutiao', 'posts', 500, false], ['toutiao', 'views', 300000, false]] },
  { name: '亿 converts', text: '快手号发布短视频 88 条，播放量 1.2亿次。', channels: [['kuaishou', 'posts', 88, false], ['kuaishou', 'views', 120000000, false]] },
  { name: '视频号 is wechat_channels, not wechat', text: '微信视频号发布视频 45 个。', channels: [['wechat_channels', 'posts', 45, false]] },
  { name: 'a category breakdown after 其中 is not the channel total', text: '门户网站发布信息 408 条，其中工作动态 120 条，通知公告 30 条。', channels: [['website', 'posts', 408, false]] },
  { name: 'a 其中 breakdown with a verb is still a breakdown', text: '门户网站发布信息 408 条，其中发布工作动态 120 条。', channels: [['website', 'posts', 408, false]] },
  { name: 'media subsets by outlet level are media figures', text: '在各级主流新闻媒体宣传报道合计6100余篇次，其中中央级、省级媒体共900余篇次，市级媒体3500余篇次。', channels: [['news_media', 'posts', 6100, true], ['news_media', 'posts', 900, true], ['news_media', 'posts', 3500, true]] },
  { name: '网站访问量 is website views', text: '网站总访问量达 153 万人次。', channels: [['website', 'views', 1530000, false]] },
  { name: '该网站 refers back to the website', text: '通过政府门户网站发布信息801条。该网站总访问量1530488次。', channels: [['website', 'posts', 801, false], ['website', 'views', 1530488, false]] },
  { name: '政府信息公开专栏 is gov_platform', text: '我局通过政府信息公开专栏主动公开政府信息165条。', channels: [['gov_platform', 'posts', 165, false]] },
  { name: '政务网 is gov_platform, 网站 is website', text: '平度政务网发布信息107条，市政府门户网站主动公开信息75条。', channels: [['gov_platform', 'posts', 107, false], ['website', 'posts', 75, false]] },
  { name: 'a quoted X网 site name is website', text: '我局共在“广州金盾网”更新各类政务信息4884条。', channels: [['website', 'posts', 4884, false]] },
  { name: '召开新闻发布会 N 场 is not a post count', text: '召开新闻发布会 12 场。', channels: [] },
  { name: 'posts through a press conference are press_conference', text: '通过新闻发布会发布信息 30 条。', channels: [['press_conference', 'posts', 30, false]] },
  { name: 'a named newspaper in 《》 is news_media', text: '在《人民日报》等中央媒体刊发稿件 25 篇。', channels: [['news_media', 'posts', 25, false]] },
  { name: 'an aside in brackets does not change the channel', text: '通过中央、省、市主流媒体(包括新媒体)播发政府新闻信息1143条。', channels: [['news_media', 'posts', 1143, false]] },
  { name: 'a monthly average is not a total', text: '微信公众号月平均阅读人数 3 万多人。', channels: [] },
  { name: 'one video\'s views are not channel views', text: '该视频在抖音平台播放量达 500 万次。', channels: [] },
  { name: 'a maximum is not a total', text: '抖音号最高阅读量超过 585 万。', channels: [] },
  { name: 'growth is not a total', text: '微博粉丝增长 2000 人。', channels: [] },
  { name: 'a ranking is not a count', text: '微博在全省公安政务微博中排名第 3 位。', channels: [] },
  { name: 'a percentage is not a count', text: '网站栏目信息更新率达 100%。', channels: [] },
  { name: '第二批 / 十件实事 are not counts', text: '第二批惠民生促发展“十件实事”等工作亮点在网站实时公开。', channels: [] },
  { name: 'phone, address and postcode are not counts', text: '联系电话：0391-6633110，地址：济源市济渎路 369 号，邮编 459000，网站 www.jiyuan.gov.cn。', channels: [] },
  { name: 'dates around a figure are not counts', text: '截至 2021 年 12 月 31 日，微博粉丝 5 万人。', channels: [['weibo', 'followers', 50000, false]] },
  { name: '开通 a channel, then publish on it', text: '2021年1月，开通抖音号，发布作品 120 条。', channels: [['douyin', 'posts', 120, false]] },
  { name: 'a count followed by a noun phrase is not a figure ("60条短视频登上热搜")', text: '在抖音平台有60条短视频登上热搜。', channels: [] },
  { name: '近 N 条 is approximate', text: '微信公众号推送信息近 3000 条。', channels: [['wechat', 'posts', 3000, true]] },
  { name: '约 / 突破 / 以上 are approximate', text: '微博关注人数约 5 万；抖音粉丝突破 10 万；快手粉丝 2 万人以上。', channels: [['weibo', 'followers', 50000, true], ['douyin', 'followers', 100000, true], ['kuaishou', 'followers', 20000, true]] },
  { name: '原创 N 条 is not a separate post figure', text: '微信发布信息890条，原创208条。', channels: [['wechat', 'posts', 890, false]] },
  { name: 'several channels in one sentence: each clause has its own', text: '在政务公开平台发布信息 50 条，公安局门户网站共发布信息 408 条，周警情播报 52 期、“平安济源”微信公众号发布 1975 条，今日头条发布 2036 条。', channels: [['gov_platform', 'posts', 50, false], ['website', 'posts', 408, false], ['wechat', 'posts', 1975, false], ['toutiao', 'posts', 2036, false]] },
  { name: 'an unrelated clause in a many-channel sentence inherits nothing', text: '官方微博发布 2021 条，微博回应关注 42 件，网民留言回复 36 件，发布行政权力运行结果信息 11834 条。', channels: [['weibo', 'posts', 2021, false], ['weibo', 'replies', 42, false]] },
  { name: 'mailbox and hotline counts are not channel replies', text: '办理回复市局门户网站局长信箱 189 件，市长热线 1923 件。', channels: [] },
  { name: 'a registered-user count on a service platform is not followers', text: '“互联网+公安政务服务”平台注册用户达 62.1 万人。', channels: [] },
  { name: 'traditional characters are read as simplified', text: '微博發布信息 300 條，微信公眾號粉絲 2 萬人。', channels: [['weibo', 'posts', 300, false], ['wechat', 'followers', 20000, false]] },
  { name: 'a figure with no channel named is no channel item', text: '全年信息更新468条，分局公开发布各类信息300余条。', channels: [] },
  { name: 'a bare proactive total is not a channel', text: '截至 2023 年底，县公安局主动公开政府信息 77 条。', channels: [], proactive: 77 },
  { name: 'several wechat figures in a wechat-only sentence', text: '通过平度公安微信为群众提供在线服务20余人次，共在“平安平度”微信公众号发布稿件605篇，阅读量达100余万次。', channels: [['wechat', 'posts', 605, false], ['wechat', 'views', 1000000, true]] },
  // Issue 12: more phrasings met on real reports.
  { name: 'channels listed in one clause after a grand total, split by 、', text: '共发布信息900条，其中门户网站120条、“平潭发布”微信号510条、微博270条。', channels: [['website', 'posts', 120, false], ['wechat', 'posts', 510, false], ['weibo', 'posts', 270, false]] },
  { name: 'a verb and count at a distance from the channel', text: '通过县政府门户网站，围绕重点领域和群众关切，及时公开各类信息56项。', channels: [['website', 'posts', 56, false]] },
  { name: 'media coverage by level of outlet: one news_media item per level', text: '在中央级媒体刊发稿件12篇，省级媒体刊发35篇，市级媒体刊发120篇。', channels: [['news_media', 'posts', 12, false], ['news_media', 'posts', 35, false], ['news_media', 'posts', 120, false]] },
  { name: 'several accounts of one platform, each its own item', text: '“平安平潭”微信公众号发布信息500条，“平潭交警”微信公众号发布信息300条。', channels: [['wechat', 'posts', 500, false], ['wechat', 'posts', 300, false]] },
  { name: 'a combined 政务新媒体 figure is other', text: '政务新媒体共发布信息2000条，累计阅读量300万次。', channels: [['other', 'posts', 2000, false], ['other', 'views', 3000000, false]] },
  { name: 'platforms listed then 等新媒体平台 are a combined (other) figure', text: '微博、微信、抖音等新媒体平台共发布信息3000条。', channels: [['other', 'posts', 3000, false]] },
  { name: 'a garbled mirror page: pinyin in brackets after characters is dropped', text: '2020年我局通過政府網(wǎng)站發(fā)布信息 1200 條，微博發(fā)布信息 300 條。', channels: [['website', 'posts', 1200, false], ['weibo', 'posts', 300, false]] },
  { name: 'a page view counter is views, never posts', text: '门户网站访问量累计 1530488 次。', channels: [['website', 'views', 1530488, false]] },
  { name: 'staff counts are not figures', text: '我局配备专职工作人员 3 名、兼职人员 12 人负责门户网站信息发布。', channels: [] },
  { name: 'accounts closed are not figures', text: '关停整合政务新媒体账号 6 个，注销微博账号 2 个。', channels: [] },
  { name: 'a government gazette\'s issues are a figure of its own (other)', text: '通过文字、图片等形式制作政策解读21个，制作《淮安市人民政府公报》6期。', channels: [['other', 'posts', 6, false]] },
  { name: 'a gazette named with no count is no figure', text: '在政府网站、政务新媒体、政府公报等公开平台发布信息时，坚持先审查、后公开。', channels: [] },
  { name: 'a hotline number is not a count', text: '如有疑问请拨打门户网站公布的咨询电话 0591-24363010。', channels: [] },
];

const NARRATIVE_FORMS: Form[] = [
  { name: '共收到…申请 N 件 is received', text: '2021年，共收到政府信息公开申请 2件。', received: 2 },
  { name: 'received, answered and routes in one passage', text: '2023 年共收到政府信息依申请公开 7 件，在规定时间内办理答复 7 件；其中邮件形式 2 件，网上受理 5 件。', received: 7, answered: 7, mail: 2, online: 5 },
  { name: 'routes under one 共收到 sum to the intake', text: '共收到网上申请 4 件，书面申请 6 件，均及时依法依规进行回复。', received: 10, online: 4, written: 6 },
  { name: '当面 and 传真 routes', text: '共受理政府信息公开申请 4 件，其中当面申请 3 件，传真申请 1 件。', received: 4, inPerson: 3, otherRoute: 1 },
  { name: '"未收到依申请公开事项" is a stated zero', text: '2020 年，我局未收到依申请公开事项。', received: 0 },
  { name: '"没有发生…依申请" is a stated zero', text: '本年度我局没有发生政府信息依申请情况，也未发生政府信息依申请行政复议案。', received: 0 },
  { name: '"本年度无政府信息公开申请" is a stated zero', text: '本年度无政府信息公开申请。', received: 0 },
  { name: '"收到…申请为零" is a stated zero', text: '本年度收到政府信息公开申请为零。', received: 0 },
  { name: 'routes in brackets after the intake', text: '2022年，我局共收到政府信息公开申请38件（其中当面申请5件、网络申请28件、信函申请5件），上年结转2件。', received: 38, inPerson: 5, online: 28, mail: 5 },
  { name: 'a change on last year is not the intake', text: '我局共收到政府信息公开申请 12 件，比上年增加 3 件。', received: 12 },
  { name: '办结…申请 N 件 alone is answered', text: '办结政府信息公开申请 10 件。', answered: 10 },
  { name: 'no appeals received is not no requests received', text: '2024年度，未收到依申请公开行政复议、行政诉讼案件。' },
  { name: 'proposals received are not disclosure requests', text: '2023年，县公安局收到政协提案2件，均已答复。' },
  { name: 'last year\'s carry-over is not this year\'s intake', text: '上年结转政府信息公开申请5件。' },
  { name: 'N件 before the noun ("共收到1件依申请公开")', text: '2020年，市公安局共收到1件依申请公开，本单位在规定时间内予以答复。', received: 1, answered: 1 },
  { name: '全部按时办结 after N > 1 requests is no count of answers', text: '2021年，共收到政府信息公开申请 2件，全部按时办结。', received: 2 },
  { name: '均在法定期限答复 in the sentence of the intake: all N answered', text: '2023年全区受理政府信息公开申请 21件，均在法定期限答复。', received: 21, answered: 21 },
  { name: '均…答复 beside a carry-over says neither N nor N + carry-over', text: '2024年，某分局共收到政府信息公开申请30件，上年结转政府信息公开申请5件，我局均在法定时限内作出相应答复和处理。', received: 30 },
  { name: '所有申请均…答复 beside 结转下年度 is no count', text: '2025年，共受理政府信息公开申请21件，结转下年度继续办理2件，所有申请均在法定期限内答复。', received: 21 },
  { name: 'an answer of one kind is an outcome, not the number answered', text: '2024年共收到政府信息公开申请4件，同意公开答复数1件，区分处理后公开数 1件。', received: 4 },
  { name: 'a single request still pending is not answered', text: '共收到政府信息公开申请1件，已答复，结转下年度继续办理。', received: 1 },
  { name: '受理和办结 N 件 gives both', text: '2021年度，区公安分局依申请公开受理和办结6件。', received: 6, answered: 6 },
  { name: 'N件均…答复 after the intake is answered; carried forward is not', text: '共收到依申请公开办理事项7件，其中，6件均严格按时限依法依规答复，1件结转下年办理。', received: 7, answered: 6 },
  { name: '办理 N 件 of requests is the number answered', text: '2024年，全年办理政府信息公开申请218件。', answered: 218 },
  { name: '答复 N 件 is the number answered', text: '本年度共答复政府信息公开申请 12 件。', answered: 12 },
  { name: '办理 of reviews is not requests', text: '全年办理因政府信息公开申请引发的行政复议36起，行政诉讼9起。' },
  { name: '份 and 起 are request units; a bracketed last-year figure is ignored', text: '共收到信息公开申请22起，比2022年(31起)下降29%，答复22起。', received: 22, answered: 22 },
  { name: 'requests for other services are not disclosure requests', text: '全年受理户籍业务申请 5000 件，办结 4990 件。' },
  { name: 'mailbox answers are not request answers', text: '共答复厅(局)长信箱176件、市长信箱46件。' },
  { name: '告知其他途径 is an outcome, not a route', text: '共收到信息公开申请22起，答复22起，其中公开1起，告知其他途径3起。', received: 22, answered: 22 },
  { name: '新收 … 上年结转: only the new ones are received', text: '本年度新收政府信息公开申请 12 件，上年结转 3 件。', received: 12 },
  { name: 'proactive total over cumulative (历年累计)', text: '主动公开信息数为 97 条，历年累计主动公开信息为 278 条。', proactive: 97 },
  { name: 'proactive 新增 wins over 累计 as of a date', text: '截至12月31日，新增主动公开政府信息311条，累计主动公开政府信息达3174条。', proactive: 311 },
  { name: 'a cumulative total as of a date is not this year\'s', text: '截至2021年12月31日，累计主动公开政府信息39803件。' },
  { name: 'a year total written with 全年累计 is read', text: '全年累计主动公开各类政府信息5151条。', proactive: 5151 },
  { name: 'proactive through one channel is a channel figure, not the total', text: '我局通过政府网站主动公开政府信息48条。', channels: [['website', 'posts', 48, false]] },
  { name: 'a category inside the proactive total is not the total', text: '2020 年度我局主动公开信息中机构职能类信息 3 条。' },
  { name: '未收取信息处理费 is fee 0', text: '六、其他需要报告的事项\n2023年度，县公安局未收取信息处理费。', fee: 0 },
  { name: '未收取信息公开处理费用 is fee 0', text: '六、其他需要报告的事项\n2021 年未收取信息公开处理费用。', fee: 0 },
  { name: '收取信息处理费 380 元 is 380', text: '六、其他需要报告的事项\n本年度共收取信息处理费 380 元。', fee: 380 },
  { name: '万元 converts to yuan', text: '六、其他需要报告的事项\n本年度收取信息处理费 0.038 万元。', fee: 380 },
  { name: '行政事业性收费 is never the info-processing fee', text: '二、主动公开政府信息情况\n信息内容\t本年收费金额（单位：万元）\n行政事业性收费\t972.4015\n全年行政事业性收费 12 万元。' },
  { name: 'a fee heading sets the topic of the sentence after it', text: '六、其他需要报告的事项\n（一）收取信息处理费情况\n本年度没有收取任何费用。', fee: 0 },
  { name: 'budget figures in 万元 are not the fee', text: '六、其他需要报告的事项\n2023年部门决算总收入13713.59万元，总支出13713.59万元。' },
  { name: 'a report silent on fees gives null', text: '六、其他需要报告的事项\n无。' },
  { name: '无收取信息处理费情况 is fee 0', text: '六、其他需要报告的事项\n2022年，无收取信息处理费情况。', fee: 0 },
  { name: '没有产生信息公开处理费 is fee 0', text: '六、其他需要报告的事项\n按照规定的按件、按量收费标准，本年度没有产生信息公开处理费。', fee: 0 },
  { name: '不向申请人收取任何费用 is fee 0', text: '六、其他需要报告的事项\n根据《条例》及相关规定，我局依申请提供政府信息，不向申请人收取任何费用。', fee: 0 },
  { name: '无向申请人收取政府信息公开费用 is fee 0', text: '六、其他需要报告的事项\n2025年度我局无向申请人收取政府信息公开费用的情况。', fee: 0 },
  { name: 'the law\'s rule quoted (依申请提供政府信息，不收取费用) says nothing of the year', text: '六、其他需要报告的事项\n本机关依申请提供政府信息，不收取费用。但是，申请人申请公开政府信息的数量、频次明显超过合理范围的，本机关将收取信息处理费。' },
  { name: '其他应主动公开政府信息 N 条 is a category, not the total', text: '（各类信息983条，安全生产类信息124条，其他应主动公开政府信息856条）。' },
  {
    name: 'a whole report on one line (a crawled page): sentences and sections read inside the line',
    text: `标题: 某某局2022年政府信息公开工作年度报告\n==================== 正文 ====================\n一、总体情况 2022年，我局收到政府信息公开申请3件。${'坚持公开透明原则，推进政务公开。'.repeat(20)} 二、主动公开政府信息情况 第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数 规章 000 三、收到和处理政府信息公开申请情况 一、本年新收政府信息公开申请数量 3000003 四、政府信息公开行政复议、行政诉讼情况 000000000000000 五、存在的主要问题及改进情况 无。 六、其他需要报告的事项 2022年，无收取信息处理费情况。`,
    received: 3,
    fee: 0,
  },
];

const LAYOUT_FORMS: Form[] = [
  { name: 'a sentence wrapped mid-word across blank lines is re-joined', text: '其中微信公众号平安\n\n淄博经开粉丝数 0.6233万，发布各类资讯 241余条。', channels: [['wechat', 'followers', 6233, false], ['wechat', 'posts', 241, true]] },
  { name: 'a date wrapped across lines is not a count', text: '截至2020年12\n月 31 日，“@宝鸡公安” 微博关注量为 300943 个。', channels: [['weibo', 'followers', 300943, false]] },
  { name: 'tab tables are not prose', text: '微博\t发布\t300\n微信\t发布\t200', channels: [] },
  { name: 'pipe tables are not prose', text: '| 微博发布信息 | 300 |\n| 主动公开政府信息 | 77 |', channels: [] },
  { name: 'a heading without punctuation does not run into the next line', text: '1、主动公开政府信息数量\n2021年，分局进一步加大主动公开力度。' },
  { name: 'the problems section is not read for figures', text: '五、存在的主要问题及改进情况\n自查整改市局门户网站 4 次，公开 36 个栏目信息 900 余条。', channels: [] },
];

function check(form: Form) {
  const r = read(form.text);
  const got = r.channels.map((c): Figure => [c.channel, c.metric, c.value, c.approximate]);
  expect(sortFigures(got)).toEqual(sortFigures(form.channels ?? []));
  const n = r.narrative;
  expect(n.applicationsReceived).toBe(form.received ?? null);
  expect(n.applicationsAnswered).toBe(form.answered ?? null);
  expect(n.applicationsByChannel).toEqual({
    online: form.online ?? null,
    written: form.written ?? null,
    mail: form.mail ?? null,
    inPerson: form.inPerson ?? null,
    other: form.otherRoute ?? null,
  });
  expect(n.proactiveTotal).toBe(form.proactive ?? null);
  expect(r.infoProcessingFeeYuan).toBe(form.fee ?? null);
}

describe('parseNarrative: channel figure forms', () => {
  it.each(CHANNEL_FORMS.map((f) => [f.name, f] as const))('%s', (_, form) => check(form));
});

describe('parseNarrative: requests, proactive total and fee forms', () => {
  it.each(NARRATIVE_FORMS.map((f) => [f.name, f] as const))('%s', (_, form) => check(form));
});

describe('parseNarrative: layout', () => {
  it.each(LAYOUT_FORMS.map((f) => [f.name, f] as const))('%s', (_, form) => check(form));

  it('evidence points at the line where the number sits', () => {
    const r = read('一、总体情况\n微信公众号平安\n\n淄博经开粉丝数 0.6233万，\n共收到政府信息公开申请\n2 件。');
    expect(r.channels[0].evidence).toEqual({ line: 4, text: '淄博经开粉丝数 0.6233万，' });
    expect(r.evidence['narrative.applicationsReceived']).toEqual({ line: 6, text: '2 件。' });
  });

  it('every narrative field is present and null when nothing is stated', () => {
    const r = read('一、总体情况\n我局认真贯彻落实《条例》。');
    expect(r).toEqual({
      channels: [],
      narrative: {
        applicationsReceived: null,
        applicationsAnswered: null,
        applicationsByChannel: { online: null, written: null, mail: null, inPerson: null, other: null },
        proactiveTotal: null,
      },
      infoProcessingFeeYuan: null,
      evidence: {},
    });
  });
});
