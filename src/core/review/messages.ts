// Headings, labels and status lines of the review sheet and the comparison, in Simplified Chinese and English.

import type { Lang, Message } from '../rules/types';

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

const messages = {
  sheetTitle: (title: string) => ({ zh: `审核意见表：${title}`, en: `Review sheet: ${title}` }),
  diffTitle: () => ({ zh: '稿件比对', en: 'Draft comparison' }),
  file: () => ({ zh: '文件', en: 'File' }),
  date: () => ({ zh: '日期', en: 'Date' }),
  words: () => ({ zh: '字数', en: 'Words' }),
  status: () => ({ zh: '概况', en: 'Status' }),
  statusLine: (placeholders: number, consistency: number, other: number) => ({
    zh: `占位符 ${placeholders} 处未填；一致性问题 ${consistency} 处；格式问题 ${other} 处`,
    en: `${plural(placeholders, 'placeholder')} unfilled; ${plural(consistency, 'consistency problem')}; ${plural(other, 'format problem')}`,
  }),
  sections: () => ({ zh: '章节结构', en: 'Sections' }),
  placeholderCount: (n: number) => ({ zh: `占位符 ${n} 处`, en: plural(n, 'placeholder') }),
  placeholders: () => ({ zh: '未填占位符', en: 'Unfilled placeholders' }),
  consistency: () => ({ zh: '一致性问题', en: 'Consistency problems' }),
  otherFindings: () => ({ zh: '其他问题（按规则）', en: 'Other findings (by rule)' }),
  goals: () => ({ zh: '目标', en: 'Goals' }),
  projects: () => ({ zh: '项目', en: 'Projects' }),
  none: () => ({ zh: '（无）', en: '(none)' }),
  beforeStart: () => ({ zh: '（正文前）', en: '(before the first section)' }),
  counted: (title: string, n: number) => ({ zh: `${title}（${n}）`, en: `${title} (${n})` }),
  lineRef: (line: number) => ({ zh: `第 ${line} 行`, en: `line ${line}` }),
  column: {
    line: { zh: '行', en: 'Line' },
    section: { zh: '章节', en: 'Section' },
    context: { zh: '上下文', en: 'Context' },
    rule: { zh: '规则', en: 'Rule' },
    message: { zh: '说明', en: 'Message' },
    indicator: { zh: '指标', en: 'Indicator' },
    value: { zh: '数值', en: 'Value' },
    comparator: { zh: '限定', en: 'Comparator' },
    project: { zh: '项目', en: 'Project' },
    investment: { zh: '投资', en: 'Investment' },
    state: { zh: '状态', en: 'Status' },
    placeholder: { zh: '占位符', en: 'Placeholder' },
    filledWith: { zh: '填入', en: 'Filled with' },
    oldLine: { zh: '原行', en: 'Old line' },
    newLine: { zh: '新行', en: 'New line' },
    oldValue: { zh: '原值', en: 'Old value' },
    newValue: { zh: '新值', en: 'New value' },
    oldTitle: { zh: '原标题', en: 'Old title' },
    newTitle: { zh: '新标题', en: 'New title' },
    change: { zh: '变化', en: 'Change' },
  },
  old: () => ({ zh: '原稿', en: 'Old' }),
  new: () => ({ zh: '新稿', en: 'New' }),
  diffStatus: (filled: number, remaining: number, figures: number, sections: number, projects: number) => ({
    zh: `填写占位符 ${filled} 处，尚余 ${remaining} 处；数字变化 ${figures} 处；章节变化 ${sections} 处；项目变化 ${projects} 处`,
    en: `${plural(filled, 'placeholder')} filled, ${remaining} left; ${plural(figures, 'figure change')}; ${plural(sections, 'section change')}; ${plural(projects, 'project change')}`,
  }),
  filled: () => ({ zh: '已填写的占位符', en: 'Filled placeholders' }),
  addedPlaceholders: () => ({ zh: '新增占位符', en: 'New placeholders' }),
  removedPlaceholders: () => ({ zh: '随文字删除的占位符', en: 'Placeholders deleted with their text' }),
  figuresChanged: () => ({ zh: '数字变化', en: 'Changed figures' }),
  figuresAdded: () => ({ zh: '新增数字', en: 'New figures' }),
  figuresRemoved: () => ({ zh: '删除数字', en: 'Removed figures' }),
  sectionsAdded: () => ({ zh: '新增章节', en: 'New sections' }),
  sectionsRemoved: () => ({ zh: '删除章节', en: 'Removed sections' }),
  sectionsRenamed: () => ({ zh: '改名章节', en: 'Renamed sections' }),
  projectsAdded: () => ({ zh: '新增项目', en: 'New projects' }),
  projectsRemoved: () => ({ zh: '删除项目', en: 'Removed projects' }),
  projectsChanged: () => ({ zh: '项目变化', en: 'Changed projects' }),
  textChanges: () => ({ zh: '文字改动', en: 'Text changes' }),
  paragraphAdded: () => ({ zh: '新增段落', en: 'Added paragraph' }),
  paragraphRemoved: () => ({ zh: '删除段落', en: 'Removed paragraph' }),
  paragraphChanged: () => ({ zh: '修改段落', en: 'Changed paragraph' }),
} satisfies Record<string, ((...args: never[]) => Message) | Record<string, Message>>;

type Functions = { [K in keyof typeof messages]: (typeof messages)[K] extends (...a: never[]) => Message ? K : never }[keyof typeof messages];

export function t<K extends Functions>(lang: Lang, id: K, ...args: Parameters<(typeof messages)[K]>): string {
  return (messages[id] as (...a: unknown[]) => Message)(...args)[lang];
}

export type Column = keyof typeof messages.column;

export function column(lang: Lang, id: Column): string {
  return messages.column[id][lang];
}
