import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, open, SAMPLE, waitFor, waitForDiagnostics, workspaceUri } from './util';

describe('navigation: symbols, folding, outline view', () => {
  before(api);
  afterEach(closeAll);

  it('provides document symbols from the section tree', async () => {
    const editor = await open(SAMPLE);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      editor.document.uri,
    );
    assert.deepEqual(symbols.map((s) => s.name), ['一、2021年工作回顾', '二、正视存在问题', '三、科学研判形势', '四、2022年工作安排']);
    assert.equal(symbols[3]!.children.length, 6);
    assert.equal(symbols[3]!.children[0]!.name, '（一）坚持项目为王，着力扩大有效投资');
    assert.equal(symbols[3]!.children[0]!.selectionRange.start.line, 35);
  });

  it('provides folding ranges per section', async () => {
    const editor = await open(SAMPLE);
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>(
      'vscode.executeFoldingRangeProvider',
      editor.document.uri,
    );
    const starts = ranges.map((r) => `${r.start}-${r.end}`);
    assert.ok(starts.includes('2-26'), `section 一、 folds lines 3–27: ${starts.join(' ')}`);
    assert.ok(starts.includes('35-40'));
  });

  it('fills the Report outline view with sections, goals and projects', async () => {
    const { outline } = await api();
    await open(SAMPLE);
    const roots = await waitFor(outline.onDidChangeTreeData, () => {
      const r = outline.getChildren();
      return r.length > 0 ? r : undefined;
    }, 'outline roots');
    type Node = ReturnType<typeof outline.getChildren>[number];
    // 一是/二是 groups are looked through: their items count as the section's.
    const flat = (nodes: Node[]): Node[] => nodes.flatMap((n) => (n.type === 'group' ? flat(outline.getChildren(n)) : [n]));
    const labels = (nodes: Node[]) =>
      flat(nodes).map((n) => (n.type === 'section' ? n.section.marker + n.section.title : n.type === 'item' ? `${n.kind}:${n.label}` : n.label));
    // Placeholders have their own view and join the outline only through the filter.
    assert.deepEqual(labels(roots), ['一、2021年工作回顾', '二、正视存在问题', '三、科学研判形势', '四、2022年工作安排']);
    // One achievement per figure: the value and the growth of 全市生产总值 are two.
    const review = labels(outline.getChildren(roots[0]));
    assert.ok(review.includes('achievement:全市生产总值 → XXX亿元') && review.includes('achievement:全市生产总值 → XX%'), review.join(', '));
    const plan = outline.getChildren(roots[3]);
    const industry = plan.find((n) => n.type === 'section' && n.section.title.startsWith('坚持产业为基'))!;
    const items = labels(outline.getChildren(industry));
    for (const name of ['凤宝管业清洁煤制气', '光远六期', '致远二期', '高端电子材料产业园']) {
      assert.ok(items.includes(`project:${name}`), `${name} in ${items.join(', ')}`);
    }
    // Items sit in document order among the subsections: the goals paragraph precedes （一）.
    assert.ok(plan.findIndex((n) => n.type !== 'section') < plan.findIndex((n) => n.type === 'section'));
    const goals = labels(plan).filter((l) => l.startsWith('goal:'));
    assert.ok(goals.includes('goal:生产总值 → XX%'), goals.join(', '));
    const tree = outline.getTreeItem(flat(outline.getChildren(industry)).find((n) => n.type === 'item' && n.label === '光远六期')!);
    assert.match(String(tree.description), /^(Project|项目) · XX亿元 · 竣工投产$/, 'the kind in words');
    const groups = outline.getChildren(industry).filter((n) => n.type === 'group');
    assert.ok(groups.length >= 2 && groups.every((g) => /^[一二三四五六七八九十]是$/.test(g.label)), groups.map((g) => g.label).join(', '));
    assert.equal(tree.command?.command, 'govreport.reveal');
  });

  it('filters the outline and exports goals and projects', async () => {
    const { outline } = await api();
    await open(SAMPLE);
    await vscode.commands.executeCommand('govreport.outline.filter', ['project', 'placeholder']);
    try {
      const all: string[] = [];
      const walk = (nodes: ReturnType<typeof outline.getChildren>) => {
        for (const n of nodes) {
          if (n.type === 'item') all.push(n.kind);
          walk(outline.getChildren(n));
        }
      };
      walk(outline.getChildren());
      assert.equal(all.filter((k) => k === 'placeholder').length, 153);
      assert.ok(all.filter((k) => k === 'project').length > 40);
      assert.deepEqual([...new Set(all)].sort(), ['placeholder', 'project']);
    } finally {
      await vscode.commands.executeCommand('govreport.outline.filter', ['goal', 'achievement', 'project']);
    }
    const target = workspaceUri('exported.csv');
    try {
      const written = await vscode.commands.executeCommand<vscode.Uri>('govreport.outline.export', 'csv', target);
      assert.equal(written?.toString(), target.toString());
      const bytes = await vscode.workspace.fs.readFile(target);
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the file starts with the UTF-8 BOM');
      const lines = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1).split('\r\n');
      assert.match(lines[0]!, /^(Kind,Section,Item,Amount,Status,Line,Indicator,Value,Unit,Comparator|类别,章节,事项,金额,状态,行,指标,数值,单位,限定词)$/);
      assert.ok(lines.some((l) => /^(Project|项目),/.test(l) && l.includes(',光远六期,XX亿元,竣工投产,44')), 'project row');
      assert.ok(!lines.some((l) => /^(Section|章节),/.test(l)), 'no section rows among goals and projects');
    } finally {
      await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
    }
  });

  it('filters the outline by project status and by section', async () => {
    const { outline } = await api();
    await open(SAMPLE);
    await vscode.commands.executeCommand('govreport.outline.filter', ['project'], { stages: ['竣工投产'], sections: ['四、2022年工作安排'] });
    try {
      const roots = outline.getChildren();
      assert.deepEqual(
        roots.map((n) => (n.type === 'section' ? n.section.marker + n.section.title : n.type)),
        ['四、2022年工作安排'],
      );
      const projects: string[] = [];
      const walk = (nodes: ReturnType<typeof outline.getChildren>) => {
        for (const n of nodes) {
          if (n.type === 'item') projects.push(`${n.label} ${n.description}`);
          walk(outline.getChildren(n));
        }
      };
      walk(roots);
      assert.ok(projects.length > 0 && projects.every((p) => p.endsWith('竣工投产')), projects.join('; '));
      assert.ok(projects.some((p) => p.startsWith('光远六期 ')), projects.join('; '));
      assert.match(String(outline.view.description), /^(filtered|已筛选)$/);
    } finally {
      await vscode.commands.executeCommand('govreport.outline.filter', ['goal', 'achievement', 'project']);
    }
    assert.equal(outline.view.description, undefined);
    assert.equal(outline.getChildren().length, 4);
  });

  it('reveals an item in the editor', async () => {
    const editor = await open(SAMPLE);
    await waitForDiagnostics(editor.document.uri, (d) => d.length > 0);
    const line = editor.document.lineAt(43);
    const at = line.text.indexOf('光远六期');
    await vscode.commands.executeCommand('govreport.reveal', editor.document.uri, new vscode.Range(43, at, 43, at + 4));
    assert.equal(vscode.window.activeTextEditor?.document.getText(vscode.window.activeTextEditor.selection), '光远六期');
  });
});
