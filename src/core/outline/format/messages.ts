// Headings and column names of the outline exports, in Simplified Chinese and English.

import type { Lang, Message } from '../../rules/types';

const messages = {
  outlineTitle: (file: string) => ({ zh: `提纲：${file}`, en: `Outline: ${file}` }),
  outlineSections: () => ({ zh: '章节结构', en: 'Sections' }),
  outlineGoals: () => ({ zh: '目标', en: 'Goals' }),
  outlineAchievements: () => ({ zh: '成绩', en: 'Achievements' }),
  outlineProjects: () => ({ zh: '项目', en: 'Projects' }),
  outlineNone: () => ({ zh: '（无）', en: '(none)' }),
  columnSection: () => ({ zh: '章节', en: 'Section' }),
  columnText: () => ({ zh: '内容', en: 'Text' }),
  columnIndicator: () => ({ zh: '指标', en: 'Indicator' }),
  columnValue: () => ({ zh: '数值', en: 'Value' }),
  columnProject: () => ({ zh: '项目', en: 'Project' }),
  columnInvestment: () => ({ zh: '投资', en: 'Investment' }),
  columnStatus: () => ({ zh: '状态', en: 'Status' }),
  columnLine: () => ({ zh: '行', en: 'Line' }),
  lineRef: (line: number) => ({ zh: `（第 ${line} 行）`, en: ` (line ${line})` }),
  counted: (title: string, n: number) => ({ zh: `${title}（${n}）`, en: `${title} (${n})` }),
} satisfies Record<string, (...args: never[]) => Message>;

type MessageId = keyof typeof messages;

export function t<K extends MessageId>(lang: Lang, id: K, ...args: Parameters<(typeof messages)[K]>): string {
  return (messages[id] as (...a: unknown[]) => Message)(...args)[lang];
}
