/**
 * Disclosure requests stated in prose: how many came in, how many were answered,
 * and by which route (网上, 书面, 邮件, 当面, other). "未收到依申请公开事项" is a
 * stated zero. Requests for other things (行政复议, 诉讼, 提案, 信访, 信箱留言,
 * 咨询) are not disclosure requests; last year's carry-over is not this year's
 * intake. Where only routes are given under one "共收到" ("共收到网上申请 4 件，
 * 书面申请 6 件"), the intake is their sum.
 */
import { evidenceOf } from '../textDocument';
import type { ApplicationsByChannel, Evidence } from '../types';
import { findQuantities, type Quantity } from './findQuantities';
import { lineAt } from './lineAt';
import type { Span } from './prose';
import { splitClauses } from './splitClauses';

export interface Found {
  value: number;
  evidence: Evidence;
}

export type Route = keyof ApplicationsByChannel;

export interface ApplicationsFound {
  received: Found | null;
  answered: Found | null;
  byChannel: Partial<Record<Route, Found>>;
}

const NOT_DISCLOSURE = /复议|诉讼|提案|建议|信访|投诉|举报|信箱|留言|热线|咨询|结转|上年|去年|前年|同比|业务|许可|审批/;
const DISCLOSURE_REQUEST = /依申请|公开申请|申请公开|申请信息公开|公开政府信息的申请|信息公开的申请/;
/** Sentences about requests for services, not for information. */
const OTHER_SERVICES = /业务|许可|审批|户籍|出入境|办证|驾驶|证件|服务事项/;
const RECEIVE = /收到|受理|接到|接收|新收/;
const ANSWER = /答复|办结|回复|办理完毕|处理完毕/;
/** 办理政府信息公开申请 N 件 (handled) is the number answered, as table 3's 办理结果 count them. */
const HANDLED = /办理(?:了)?(?:各类)?(?:政府信息公开|依申请公开|信息公开)?申请(?:共计|共|计)?\s*$/;
/** An answer of one kind (同意公开答复 1 件, 不予公开答复 3 件) is an outcome, not the number answered. */
const OUTCOME_ANSWER = /(?:同意|予以|部分|不予|已主动|区分处理后?|无法提供|告知|其他)[^，。；]{0,8}?答复[^，。；]{0,3}$/;
/** 予以答复 in the sentence of a single request: that one was answered. */
const ONE_ANSWERED = /(?:予以|已|及时|按时|依法)(?:答复|办结|回复)/;
/**
 * 均在法定期限答复 in the sentence that gives the intake N: all N were answered — unless the
 * sentence also names carry-overs (上年结转 5 件…均已答复 does not say 30 or 35). 全部按时办结
 * (concluded) is not read as a count of answers: the seeds' truth leaves it out.
 */
const ALL_ANSWERED = /(?:均|全部|全都)(?:已|已经)?[^，。；、\d]{0,12}?(?:答复|回复)/;
const CARRY_OVER = /结转|上年|去年|下年|继续办理|顺延/;
const COUNT_UNIT = /^(件|份|起|个|宗|条|项)$/;
const ZERO =
  /(?:收到|受理|接到)[^，。；]{0,20}?申请[^，。；]{0,6}?为零|(?:未|没有|无|尚未|并未)(?:收到|受理|接到|接收|发生|产生)[^，。；]{0,30}?申请|(?:本年度?|全年|年内|今年)[^，。；]{0,8}?无[^，。；]{0,10}?(?:依申请|公开申请)/;
const ROUTES: [Route, RegExp][] = [
  ['mail', /(?:电子邮件|邮件|邮箱|信函|邮寄|来信)(?:申请|形式|方式|提交|提出|受理)*\s*$/],
  ['online', /(?:网上|网络|在线|互联网|网站|网页|线上)(?:申请|形式|方式|提交|提出|受理|平台)*\s*$/],
  ['written', /(?:书面|纸质)(?:申请|形式|方式|提交|提出|受理)*\s*$/],
  ['inPerson', /(?:当面|现场|窗口)(?:申请|形式|方式|提交|提出|受理)*\s*$/],
  ['other', /(?:传真|电话)(?:申请|形式|方式|提交|提出|受理)*\s*$/],
];

function found(clause: Span, q: Quantity): Found {
  return { value: q.value, evidence: evidenceOf(lineAt(clause.block, clause.offset + q.start)) };
}

function isCount(q: Quantity): boolean {
  return !q.approximate && COUNT_UNIT.test(q.unit) && !q.multiplier;
}

/** The intake's evidence when it was read in this sentence (same object), else null. */
function receivedHere(sentence: Span, intake: Found): Evidence | null {
  return readIn.get(intake) === sentence ? intake.evidence : null;
}
const readIn = new WeakMap<Found, Span>();

export function parseApplications(sentences: Span[]): ApplicationsFound {
  const result: ApplicationsFound = { received: null, answered: null, byChannel: {} };
  let zero: Found | null = null;
  let routeSum: { value: number; evidence: Evidence } | null = null;
  let previousHadIntake = false;

  for (const sentence of sentences) {
    const aboutRequests = (/申请/.test(sentence.text) && !OTHER_SERVICES.test(sentence.text)) || previousHadIntake;
    previousHadIntake = false;
    if (!aboutRequests) continue;
    const receivedInSentence = RECEIVE.test(sentence.text);
    let routesHere: Found[] = [];
    for (const clause of splitClauses(sentence, true)) {
      const text = clause.text;
      if (NOT_DISCLOSURE.test(text)) continue;
      if (!zero && ZERO.test(text)) {
        const m = ZERO.exec(text)!;
        zero = { value: 0, evidence: evidenceOf(lineAt(clause.block, clause.offset + m.index)) };
      }
      for (const q of findQuantities(text)) {
        if (!isCount(q)) continue;
        const before = text.slice(0, q.start);
        const after = text.slice(q.start, q.start + 24);
        const tail = before.slice(-8);
        const route = ROUTES.find(([, re]) => re.test(tail));
        if (route) {
          if (!result.byChannel[route[0]]) result.byChannel[route[0]] = found(clause, q);
          routesHere.push(found(clause, q));
          previousHadIntake = true;
          continue;
        }
        const receiveAt = before.search(RECEIVE);
        const requestBefore = DISCLOSURE_REQUEST.test(before);
        const requestAfter = /^[\d.\s]+(件|份|起|个)(?:的)?(?:依申请|政府信息公开申请|信息公开申请|公开申请|申请)/.test(after);
        if (receiveAt >= 0 && (requestBefore || requestAfter)) {
          if (!result.received) {
            result.received = found(clause, q);
            readIn.set(result.received, sentence);
          }
          previousHadIntake = true;
          if (ANSWER.test(before.slice(receiveAt)) && !result.answered) result.answered = found(clause, q);
          continue;
        }
        if (OUTCOME_ANSWER.test(before) || /^[\d.\s]*(?:件|条)?[^，。；]{0,4}?(?:予以公开|不予公开|部分公开)/.test(text.slice(q.end))) continue;
        const answeredBefore = (ANSWER.test(before) && !/申请人/.test(before)) || HANDLED.test(before);
        const answeredAfter = ANSWER.test(text.slice(q.end)) && !/结转|下年/.test(text.slice(q.end));
        if ((answeredBefore || answeredAfter) && !result.answered) result.answered = found(clause, q);
      }
    }
    // The sentence of the intake says they were all answered (or, for a single request, that it was).
    const intake = result.received;
    if (intake && !result.answered && receivedHere(sentence, intake) && !CARRY_OVER.test(sentence.text)) {
      const all = (intake.value === 1 ? ONE_ANSWERED : ALL_ANSWERED).exec(sentence.text);
      if (all) result.answered = { value: intake.value, evidence: evidenceOf(lineAt(sentence.block, sentence.offset + all.index)) };
    }
    if (receivedInSentence && routesHere.length && !routeSum) {
      routeSum = { value: routesHere.reduce((a, f) => a + f.value, 0), evidence: routesHere[0].evidence };
    }
    routesHere = [];
  }
  result.received ??= routeSum ?? zero;
  return result;
}
