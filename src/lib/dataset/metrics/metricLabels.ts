/** Chinese and English labels of table rows, cells and columns, for the metric catalogue. */
import type { Label } from '../../data/types';
import type { ApplicantColumn, ChannelKind, ChannelMetric, Table4Column } from '../../report/types';
import type { Table4GroupKey } from '../../report/schema';

export const TABLE2_ROW_LABELS: Record<string, Label> = {
  regulations: { zh: '规章', en: 'Regulations' },
  normativeDocuments: { zh: '规范性文件', en: 'Normative documents' },
  licensing: { zh: '行政许可', en: 'Administrative licensing' },
  otherServices: { zh: '其他对外管理服务事项', en: 'Other public services' },
  penalty: { zh: '行政处罚', en: 'Administrative penalties' },
  coercion: { zh: '行政强制', en: 'Administrative coercion' },
  fees: { zh: '行政事业性收费', en: 'Administrative fees' },
  procurement: { zh: '政府集中采购', en: 'Government centralised procurement' },
};

export const TABLE2_FIELD_LABELS: Record<string, Label> = {
  issued: { zh: '本年制发件数', en: 'issued this year' },
  repealed: { zh: '本年废止件数', en: 'repealed this year' },
  inForce: { zh: '现行有效件数', en: 'in force' },
  newlyMade: { zh: '本年新制作数量', en: 'newly made' },
  newlyPublished: { zh: '本年新公开数量', en: 'newly published' },
  totalPublic: { zh: '对外公开总数量', en: 'total public' },
  previousItems: { zh: '上一年项目数量', en: 'items last year' },
  itemChange: { zh: '本年增/减', en: 'change in items' },
  decisions: { zh: '处理决定数量', en: 'decisions' },
  amountWanYuan: { zh: '金额（万元）', en: 'amount (10,000 yuan)' },
  projects: { zh: '采购项目数量', en: 'projects' },
};

export const TABLE3_ROW_LABELS: Record<string, Label> = {
  newReceived: { zh: '本年新收申请', en: 'New requests' },
  carriedOver: { zh: '上年结转申请', en: 'Carried over from last year' },
  granted: { zh: '予以公开', en: 'Granted in full' },
  partiallyGranted: { zh: '部分公开', en: 'Granted in part' },
  'denied.stateSecret': { zh: '不予公开·国家秘密', en: 'Denied: state secret' },
  'denied.lawForbidden': { zh: '不予公开·法律行政法规禁止', en: 'Denied: forbidden by law' },
  'denied.safetyStability': { zh: '不予公开·危及“三安全一稳定”', en: 'Denied: security and stability' },
  'denied.thirdPartyRights': { zh: '不予公开·保护第三方合法权益', en: 'Denied: third-party rights' },
  'denied.internalAffairs': { zh: '不予公开·三类内部事务信息', en: 'Denied: internal affairs' },
  'denied.processInfo': { zh: '不予公开·四类过程性信息', en: 'Denied: process information' },
  'denied.enforcementFile': { zh: '不予公开·行政执法案卷', en: 'Denied: enforcement file' },
  'denied.queryMatter': { zh: '不予公开·行政查询事项', en: 'Denied: administrative query' },
  'unableToProvide.notHeld': { zh: '无法提供·本机关不掌握', en: 'Unable: not held' },
  'unableToProvide.needsCreation': { zh: '无法提供·需另行制作', en: 'Unable: would need creating' },
  'unableToProvide.unclear': { zh: '无法提供·补正后仍不明确', en: 'Unable: still unclear' },
  'notProcessed.complaint': { zh: '不予处理·信访举报投诉类', en: 'Not processed: complaint' },
  'notProcessed.duplicate': { zh: '不予处理·重复申请', en: 'Not processed: repeated request' },
  'notProcessed.publication': { zh: '不予处理·公开出版物', en: 'Not processed: publication' },
  'notProcessed.massRepeated': { zh: '不予处理·大量反复申请', en: 'Not processed: mass requests' },
  'notProcessed.confirmation': { zh: '不予处理·确认或重新出具', en: 'Not processed: confirmation' },
  'otherDisposal.overdueCorrection': { zh: '其他处理·逾期不补正', en: 'Other: no correction in time' },
  'otherDisposal.overdueFee': { zh: '其他处理·逾期未缴费', en: 'Other: fee not paid in time' },
  'otherDisposal.other': { zh: '其他处理·其他', en: 'Other: other' },
  'otherDisposal.all': { zh: '其他处理', en: 'Other disposal' },
  total: { zh: '办结总计', en: 'Total handled' },
  carriedForward: { zh: '结转下年度', en: 'Carried forward' },
};

export const APPLICANT_COLUMN_LABELS: Record<ApplicantColumn, Label> = {
  natural: { zh: '自然人', en: 'individuals' },
  commercial: { zh: '商业企业', en: 'businesses' },
  research: { zh: '科研机构', en: 'research bodies' },
  social: { zh: '社会公益组织', en: 'non-profits' },
  legal: { zh: '法律服务机构', en: 'legal services' },
  other: { zh: '其他', en: 'other organisations' },
  total: { zh: '总计', en: 'total' },
};

export const TABLE4_GROUP_LABELS: Record<Table4GroupKey, Label> = {
  review: { zh: '行政复议', en: 'Administrative review' },
  litigationDirect: { zh: '未经复议直接起诉', en: 'Lawsuits without review' },
  litigationAfterReview: { zh: '复议后起诉', en: 'Lawsuits after review' },
};

export const TABLE4_COLUMN_LABELS: Record<Table4Column, Label> = {
  upheld: { zh: '结果维持', en: 'upheld' },
  corrected: { zh: '结果纠正', en: 'corrected' },
  other: { zh: '其他结果', en: 'other result' },
  pending: { zh: '尚未审结', en: 'pending' },
  total: { zh: '总计', en: 'total' },
};

export const CHANNEL_LABELS: Record<ChannelKind, Label> = {
  website: { zh: '门户网站', en: 'Website' },
  gov_platform: { zh: '政务公开平台', en: 'Disclosure platform' },
  weibo: { zh: '微博', en: 'Weibo' },
  wechat: { zh: '微信公众号', en: 'WeChat account' },
  wechat_channels: { zh: '视频号', en: 'WeChat Channels' },
  douyin: { zh: '抖音', en: 'Douyin' },
  kuaishou: { zh: '快手', en: 'Kuaishou' },
  toutiao: { zh: '今日头条', en: 'Toutiao' },
  news_media: { zh: '新闻媒体', en: 'News media' },
  press_conference: { zh: '新闻发布会', en: 'Press conferences' },
  all: { zh: '全部渠道', en: 'All channels' },
  other: { zh: '其他渠道', en: 'Other channels' },
};

export const CHANNEL_METRIC_LABELS: Record<ChannelMetric, Label> = {
  posts: { zh: '发布条数', en: 'posts' },
  followers: { zh: '粉丝数', en: 'followers' },
  views: { zh: '阅读/浏览量', en: 'views' },
  replies: { zh: '回复数', en: 'replies' },
};

export const NARRATIVE_LABELS: Record<string, Label> = {
  'narrative.applicationsReceived': { zh: '正文：收到申请数', en: 'Prose: requests received' },
  'narrative.applicationsAnswered': { zh: '正文：答复申请数', en: 'Prose: requests answered' },
  'narrative.applicationsByChannel.online': { zh: '正文：网上申请', en: 'Prose: requests online' },
  'narrative.applicationsByChannel.written': { zh: '正文：书面申请', en: 'Prose: written requests' },
  'narrative.applicationsByChannel.mail': { zh: '正文：信函申请', en: 'Prose: requests by mail' },
  'narrative.applicationsByChannel.inPerson': { zh: '正文：当面申请', en: 'Prose: requests in person' },
  'narrative.applicationsByChannel.other': { zh: '正文：其他方式申请', en: 'Prose: requests by other means' },
  'narrative.proactiveTotal': { zh: '主动公开信息总数', en: 'Information published proactively' },
  infoProcessingFeeYuan: { zh: '信息处理费（元）', en: 'Information processing fees (yuan)' },
};
