// False alarms per 10k characters and genuine-defect recall on the judged corpus, and recall of planted defects.

import type { Format } from '../src/core/model';
import { isConsistencyRule } from '../src/core/review/consistency';
import { corpusFiles, findingsOf, readCorpus, readVerdicts } from './corpus-verdicts';
import { plantAll, plantEverySite, type PlantResult } from './plant';

const per10k = (n: number, chars: number) => ((n / chars) * 10_000).toFixed(2);
const percent = (n: number, of: number) => (of === 0 ? '—' : `${((n / of) * 100).toFixed(1)}%`);

export function printConventionsEvaluation(verbose: boolean): void {
  const verdicts = readVerdicts();
  let chars = 0;
  let falseAlarms = 0;
  let unjudged = 0;
  let genuineFound = 0;
  const consistency = { genuine: 0, false: 0 };
  const genuineTotal = [...verdicts.values()].filter((v) => v.verdict === 'genuine').length;
  const rows: string[] = [];
  const unjudgedRows: string[] = [];
  for (const name of corpusFiles()) {
    const text = readCorpus(name);
    chars += text.length;
    let fa = 0;
    let gen = 0;
    let un = 0;
    for (const f of findingsOf(name, text)) {
      const v = verdicts.get(f.key);
      if (v && isConsistencyRule(f.key.split(':')[3]!)) consistency[v.verdict]++;
      if (!v) {
        un++;
        if (verbose) unjudgedRows.push(`    unjudged ${f.key} “${f.text}” ${f.message}`);
      } else if (v.verdict === 'false') fa++;
      else gen++;
    }
    falseAlarms += fa;
    unjudged += un;
    genuineFound += gen;
    rows.push(`  ${name}: ${text.length} chars, ${gen} genuine, ${fa} false alarms${un ? `, ${un} unjudged` : ''}`);
  }
  console.log('## Numbering conventions and text rules on the judged corpus');
  console.log(`${corpusFiles().length} documents, ${chars} characters`);
  console.log(`false alarms: ${falseAlarms} = ${per10k(falseAlarms, chars)} per 10k characters (unjudged findings: ${unjudged})`);
  console.log(`genuine defects reported: ${genuineFound}/${genuineTotal} = ${percent(genuineFound, genuineTotal)}`);
  const consistent = consistency.genuine + consistency.false;
  console.log(
    `consistency rules: ${consistent} findings = ${per10k(consistent, chars)} per 10k characters (${consistency.genuine} genuine, ${consistency.false} false alarms)`,
  );
  if (verbose) for (const r of [...rows, ...unjudgedRows]) console.log(r);

  printPlanted('planted defects reported', plantAll, verbose);
  printPlanted('consistency defects planted at every site', plantEverySite, verbose);
}

function printPlanted(title: string, plant: (text: string, format: Format) => PlantResult[], verbose: boolean): void {
  let planted = 0;
  let found = 0;
  let induced = 0;
  const byRule = new Map<string, { planted: number; found: number }>();
  for (const name of corpusFiles()) {
    for (const r of plant(readCorpus(name), name.endsWith('.md') ? 'markdown' : 'text')) {
      planted++;
      if (r.found) found++;
      const rule = byRule.get(r.plant.rule) ?? { planted: 0, found: 0 };
      rule.planted++;
      if (r.found) rule.found++;
      byRule.set(r.plant.rule, rule);
      induced += r.induced.length;
      if (verbose && (!r.found || r.induced.length > 0)) console.log(`    ${name}: ${r.plant.kind} found=${r.found} induced=${r.induced.join('; ')}`);
    }
  }
  console.log(`${title}: ${found}/${planted} = ${percent(found, planted)}; findings induced beyond the plants: ${induced}`);
  for (const [rule, r] of [...byRule].sort()) console.log(`  ${rule}: ${r.found}/${r.planted} = ${percent(r.found, r.planted)}`);
}
