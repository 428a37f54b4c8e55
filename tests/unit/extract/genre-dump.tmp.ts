import { compareCase, loadSpec, readCase } from './spec-fixture-runner.ts';
for (const name of process.argv.slice(2)) for (const spec of loadSpec(name)) {
  const p = compareCase(spec, readCase(spec));
  if (p.length) console.log(`• ${spec.input}\n   ${p.join('\n   ')}`);
}
