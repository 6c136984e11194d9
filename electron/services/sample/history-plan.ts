/** Calendar helpers and wording for the sample's qualification history; all deterministic. */

const DAY_MS = 86_400_000;

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The day the project began: incumbents' approvals are recorded on it. */
export const PROJECT_START = '2023-01-09';
/** Nothing in the sample's history happens after this day. */
export const HISTORY_END = '2026-10-16';

/**
 * Dates of the moves 0→1→…→stage of the i-th sample link: the chain starts in 2023 and its
 * last move lands in 2026, spread evenly, so every year of the project has history.
 */
export function stepDates(i: number, stage: number): string[] {
  const start = addDays(PROJECT_START, 10 + ((i * 37) % 240));
  const end = addDays(HISTORY_END, -((i * 11) % 150));
  const span = Math.max(daysBetween(start, end), stage + 1);
  return Array.from({ length: stage + 1 }, (_, step) =>
    addDays(start, stage === 0 ? 0 : Math.round((span * step) / stage)),
  );
}

/** What the maker wrote when it approved reaching each one-dragon stage. */
export const STAGE_COMMENTS: readonly string[] = [
  '列入一条龙应用计划需求清单',
  '关键技术攻关立项',
  '完成产品设计评审',
  '首批样品交付整机厂',
  '台架与整机试验验证通过',
  '小批量装机试用',
  '批量供货资格批准',
  '纳入示范推广目录',
];

/** Supplier claims still waiting for the maker's approval, beyond those in links.ts. */
export const EXTRA_CLAIMS: readonly { node: string; party: string; to: number; date: string }[] = [
  { node: 'ball_screw', party: 'nanling', to: 6, date: '2026-10-20' },
  { node: 'tool_magazine', party: 'nanling', to: 6, date: '2026-11-02' },
];

export interface SampleContact {
  party: string;
  name: string;
  role: string;
  email: string;
  phone: string;
}

/** People to call at a few of the sample's parties (example.com addresses). */
export const SAMPLE_CONTACTS: readonly SampleContact[] = [
  {
    party: 'qiming',
    name: '王建国',
    role: '质量经理',
    email: 'wang.jg@qiming.example.com',
    phone: '+86 27 5550 1201',
  },
  {
    party: 'qiming',
    name: '李娜',
    role: '项目经理',
    email: 'li.na@qiming.example.com',
    phone: '+86 27 5550 1288',
  },
  {
    party: 'luochuan',
    name: '赵磊',
    role: '技术总监',
    email: 'zhao.lei@luochuan.example.com',
    phone: '+86 379 5550 3321',
  },
  {
    party: 'nanling',
    name: '陈静',
    role: '销售工程师',
    email: 'chen.jing@nanling.example.com',
    phone: '+86 553 5550 7710',
  },
  {
    party: 'huadong',
    name: '周平',
    role: '试验室主任',
    email: 'zhou.ping@huadong-test.example.com',
    phone: '+86 21 5550 9000',
  },
  {
    party: 'steinfeld',
    name: 'Jonas Weber',
    role: 'Key account manager',
    email: 'j.weber@steinfeld.example.com',
    phone: '+49 711 5550 412',
  },
];
