// Every user-visible CLI string, in Simplified Chinese and English, keyed by id.

import type { Lang, Message, Severity } from '../core/rules/types';

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

export const messages = {
  usage: () => ({
    zh: `用法：
  govreport check [文件|目录|通配符…] [--format text|json|sarif] [--config 文件] [--fix] [--jobs N] [--lang zh|en]
  govreport check 草稿.docx --annotate [-o 副本.docx] [--config 文件] [--lang zh|en]
  govreport outline 文件 [--format md|json|csv] [--config 文件] [--lang zh|en]
  govreport convert 草稿.docx -o 草稿.md|草稿.txt
  govreport convert 草稿.txt|草稿.md -o 公文.docx [--config 文件]
  govreport review 文件 [--format md|html|json] [-o 输出] [--config 文件] [--lang zh|en]
  govreport diff 原稿 新稿 [--format md|html|json] [-o 输出] [--config 文件] [--lang zh|en]
  govreport snippets validate 片段包… [--lang zh|en]
  govreport snippets list [片段包…] [--pack 名称] [--lang zh|en]
  govreport --help | --version

check              检查报告草稿（.txt、.md、.docx；.docx 的行号即段落序号）。目录中查找 .txt、.md 和 .docx 文件（遵循 .govreportignore，跳过 node_modules 和以 . 开头的目录）；
                   不给路径时检查当前目录。--fix 应用所有安全修复。--annotate 把每条问题作为 Word 批注写入 .docx 副本。
                   --jobs N 用 N 个线程并行检查（默认每 16 MB 文件一个线程，至多 CPU 核数；1 为不并行），输出顺序不变。
convert            .docx 转为 Markdown 或纯文本；.txt/.md 转为符合 GB/T 9704 的 .docx（版式见配置 export）。
outline            输出章节结构、目标、成绩和项目。CSV 为带 BOM 的 UTF-8，可直接用 Excel 打开。
review             输出审核意见表：概况、按章节列出的未填占位符、一致性问题、其他问题、目标表和项目表。
diff               比对两稿：填写的占位符、变化的数字、增删改名的章节、增删变化的项目和逐段文字改动。
snippets validate  校验片段包（*.govsnippets.json，可给文件、目录或通配符）：有效时每个包输出一行“有效”，
                   否则每个问题一行“文件:行:列: JSON 路径: 说明”，退出码 2。
snippets list      按包列出内置片段包及给出的片段包中的片段（id、标题、前缀）；同 id 时后给出的包覆盖前面的。

退出码：0 没有错误；1 有错误级别的问题；2 用法、配置或文件读写错误，或片段包无效。`,
    en: `Usage:
  govreport check [files|dirs|globs…] [--format text|json|sarif] [--config FILE] [--fix] [--jobs N] [--lang zh|en]
  govreport check DRAFT.docx --annotate [-o COPY.docx] [--config FILE] [--lang zh|en]
  govreport outline FILE [--format md|json|csv] [--config FILE] [--lang zh|en]
  govreport convert DRAFT.docx -o DRAFT.md|DRAFT.txt
  govreport convert DRAFT.txt|DRAFT.md -o 公文.docx [--config FILE]
  govreport review FILE [--format md|html|json] [-o OUT] [--config FILE] [--lang zh|en]
  govreport diff OLD NEW [--format md|html|json] [-o OUT] [--config FILE] [--lang zh|en]
  govreport snippets validate PACK… [--lang zh|en]
  govreport snippets list [PACK…] [--pack NAME] [--lang zh|en]
  govreport --help | --version

check              Checks report drafts (.txt, .md, .docx; in a .docx the line is the paragraph number). Directories are
                   searched for .txt, .md and .docx files (honouring .govreportignore,
                   skipping node_modules and dot-directories); no path checks the current directory. --fix applies every safe fix.
                   --annotate writes a copy of each .docx with every finding as a Word comment.
                   --jobs N checks on N threads (default: one per 16 MB of files, up to the cores; 1: none), output in the same order.
convert            Turns a .docx into Markdown or plain text, or a .txt/.md draft into a GB/T 9704 .docx (layout: config export).
outline            Prints the section tree, goals, achievements and projects. CSV is UTF-8 with a BOM so Excel opens it.
review             Prints the review sheet: status, unfilled placeholders by section, consistency and other findings,
                   goals and projects tables.
diff               Compares two drafts: placeholders filled, figures changed, sections and projects added, removed or
                   renamed, and each edited paragraph.
snippets validate  Validates snippet packs (*.govsnippets.json; files, directories or globs): one OK line per valid pack,
                   else one "file:line:col: json.path: message" line per problem and exit code 2.
snippets list      Lists the snippets (id, title, prefixes) of the built-in packs and of the packs given, grouped by
                   pack; a later pack overrides a snippet with the same id.

Exit codes: 0 no errors; 1 error-level findings; 2 usage, config or file errors, or an invalid snippet pack.`,
  }),
  unknownCommand: (cmd: string) => ({ zh: `未知命令：${cmd}`, en: `Unknown command: ${cmd}` }),
  missingCommand: () => ({ zh: '缺少命令', en: 'Missing command' }),
  unknownOption: (opt: string) => ({ zh: `未知选项：${opt}`, en: `Unknown option: ${opt}` }),
  missingValue: (opt: string) => ({ zh: `选项 ${opt} 需要一个值`, en: `Option ${opt} needs a value` }),
  invalidValue: (opt: string, value: string, allowed: readonly string[]) => ({
    zh: `选项 ${opt} 的值无效：${value}（可选：${allowed.join('、')}）`,
    en: `Invalid value for ${opt}: ${value} (expected ${allowed.join(', ')})`,
  }),
  convertNeedsInOut: () => ({ zh: 'convert 需要一个输入文件和 -o 输出文件', en: 'convert takes one input file and -o OUTPUT' }),
  annotateWithFix: () => ({ zh: '--annotate 不能与 --fix 同时使用', en: '--annotate cannot be combined with --fix' }),
  annotateNeedsOne: () => ({
    zh: '-o 只能用于一个 .docx；多个文件时批注副本写在原文件旁（文件名-审核.docx）',
    en: '-o takes one .docx; with several files each annotated copy is written beside its original (name-审核.docx)',
  }),
  annotated: (file: string, out: string, n: number) => ({
    zh: `${file}：已写入带 ${n} 条批注的副本 ${out}`,
    en: `${file}: wrote a copy with ${plural(n, 'comment')} to ${out}`,
  }),
  outlineNeedsOneFile: () => ({ zh: 'outline 需要且只需要一个文件', en: 'outline takes exactly one file' }),
  reviewNeedsOneFile: () => ({ zh: 'review 需要且只需要一个文件', en: 'review takes exactly one file' }),
  diffNeedsTwoFiles: () => ({ zh: 'diff 需要两个文件：原稿和新稿', en: 'diff takes two files: the old draft and the new one' }),
  unknownSnippetsCommand: (sub: string) => ({
    zh: sub ? `未知的 snippets 子命令：${sub}（可用：validate、list）` : '缺少 snippets 子命令（validate 或 list）',
    en: sub ? `Unknown snippets command: ${sub} (expected validate or list)` : 'Missing snippets command (validate or list)',
  }),
  validateNeedsPack: () => ({ zh: 'snippets validate 需要至少一个片段包', en: 'snippets validate needs at least one pack' }),
  // Snippet packs.
  packOk: (file: string, name: string, n: number) => ({
    zh: `${file}：有效（${name}，${n} 个片段）`,
    en: `${file}: OK (${name}, ${plural(n, 'snippet')})`,
  }),
  /** `at` is `file:line:col` or `file`; `path` may be empty (the whole file). */
  packProblem: (at: string, path: string, text: string) => ({
    zh: `${at}：${path ? `${path}：` : ''}${text}`,
    en: `${at}: ${path ? `${path}: ` : ''}${text}`,
  }),
  packHeader: (name: string, builtin: boolean, file: string, n: number) => ({
    zh: `${name}（${builtin ? '内置，' : ''}${n} 个片段，${file}）`,
    en: `${name} (${builtin ? 'built-in, ' : ''}${plural(n, 'snippet')}, ${file})`,
  }),
  noSuchPack: (name: string, available: readonly string[]) => ({
    zh: `没有名为 ${name} 的片段包（可用：${available.join('、')}）`,
    en: `No pack named ${name} (available: ${available.join(', ')})`,
  }),
  // Per-file problems, printed as `file: message`.
  atFile: (file: string, text: string) => ({ zh: `${file}：${text}`, en: `${file}: ${text}` }),
  notFound: () => ({ zh: '文件或目录不存在', en: 'no such file or directory' }),
  noMatch: () => ({ zh: '没有匹配的文件', en: 'no files match' }),
  isDirectory: () => ({ zh: '是目录，不是文件', en: 'is a directory, not a file' }),
  readFailed: (code: string) => ({ zh: `无法读取（${code}）`, en: `cannot read (${code})` }),
  writeFailed: (code: string) => ({ zh: `无法写入（${code}）`, en: `cannot write (${code})` }),
  binary: () => ({
    zh: '看起来是二进制文件（前 8 KB 中有 NUL 字节），已跳过',
    en: 'looks like a binary file (NUL bytes in the first 8 KB); skipped',
  }),
  utf16: () => ({ zh: '文件为 UTF-16 编码，请另存为 UTF-8 后再检查', en: 'the file is UTF-16; save it as UTF-8 and check again' }),
  notUtf8: (file: string, gbk: boolean) => ({
    zh: `不是有效的 UTF-8 文本${gbk ? '（看起来是 GBK/GB18030 编码）' : ''}，已跳过。请先转换为 UTF-8，例如 iconv -f GBK -t UTF-8 "${file}" > 转换后.txt，或在编辑器中“通过编码重新打开”后“通过编码保存”为 UTF-8`,
    en: `not valid UTF-8${gbk ? ' (it looks like GBK/GB18030)' : ''}; skipped. Convert it first, e.g. iconv -f GBK -t UTF-8 "${file}" > converted.txt, or in the editor "Reopen with Encoding" then "Save with Encoding" UTF-8`,
  }),
  internalError: (detail: string) => ({ zh: `内部错误：${detail}`, en: `Internal error: ${detail}` }),
  fixed: (file: string, n: number) => ({ zh: `${file}：已修复 ${n} 处`, en: `${file}: ${plural(n, 'fix', 'fixes')} applied` }),
  summary: (s: Summary) => ({
    zh:
      `检查了 ${s.files} 个文件：错误 ${s.errors} 个，警告 ${s.warnings} 个，提示 ${s.infos} 个，占位符 ${s.placeholders} 处` +
      (s.fixed !== undefined ? `，已修复 ${s.fixed} 处` : '') +
      (s.failed ? `；${s.failed} 个文件无法检查` : '') +
      (s.skipped ? `；跳过 ${s.skipped} 个不像报告的文件` : ''),
    en:
      `${plural(s.files, 'file')} checked: ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ` +
      `${plural(s.infos, 'info')}, ${plural(s.placeholders, 'placeholder')}` +
      (s.fixed !== undefined ? `, ${plural(s.fixed, 'fix', 'fixes')} applied` : '') +
      (s.failed ? `; ${plural(s.failed, 'file')} could not be checked` : '') +
      (s.skipped ? `; ${plural(s.skipped, 'file')} skipped (not a Chinese report)` : ''),
  }),
  severityError: () => ({ zh: '错误', en: 'error' }),
  severityWarning: () => ({ zh: '警告', en: 'warning' }),
  severityInfo: () => ({ zh: '提示', en: 'info' }),
} satisfies Record<string, (...args: never[]) => Message>;

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  placeholders: number;
  failed: number;
  /** Total fixes applied; only with --fix. */
  fixed?: number;
  /** Files found in directories or by globs that do not look like Chinese reports. */
  skipped?: number;
}

export type MessageId = keyof typeof messages;

export function t<K extends MessageId>(lang: Lang, id: K, ...args: Parameters<(typeof messages)[K]>): string {
  return (messages[id] as (...a: unknown[]) => Message)(...args)[lang];
}

const SEVERITY_IDS = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' } as const;

export function severityLabel(lang: Lang, severity: Severity): string {
  return t(lang, SEVERITY_IDS[severity]);
}
