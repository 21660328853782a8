#!/usr/bin/env node
'use strict';
// kinesisstreams-gluejob synth --id ID [--scope A/B] [--stack-name NAME] [--account ACCOUNT]
//   [--region REGION] [--tag KEY=VALUE]... [--fix NAME]... [--template] [--yaml] [PROPS.json | -]
// The same flags, output and exit codes as the Rust binary; the engine does all the work.

const fs = require('fs');
const { synth, synthJson, synthYaml, synthTemplate, synthTemplateYaml } = require('kinesisstreams-gluejob-wasm');

const USAGE =
  'usage: kinesisstreams-gluejob synth --id ID [--scope A/B] [--stack-name NAME] ' +
  '[--account ACCOUNT] [--region REGION] [--tag KEY=VALUE]... [--fix NAME]... [--template] [--yaml] [PROPS.json | -]';

class UsageError extends Error {}

function parseArgs(argv) {
  const args = argv[Symbol.iterator]();
  const first = args.next();
  if (first.done || first.value === '--help' || first.value === '-h') throw new UsageError(USAGE);
  if (first.value !== 'synth') throw new UsageError(`unknown command ${first.value}\n${USAGE}`);
  const parsed = { id: undefined, options: { scope: [] }, template: false, yaml: false, input: undefined };
  const value = (flag) => {
    const next = args.next();
    if (next.done) throw new UsageError(`${flag} needs a value`);
    return next.value;
  };
  for (const arg of args) {
    if (arg === '--id') parsed.id = value('--id');
    else if (arg === '--scope') parsed.options.scope = value('--scope').split('/').filter((s) => s !== '');
    else if (arg === '--stack-name') parsed.options.stackName = value('--stack-name');
    else if (arg === '--account') parsed.options.env = { ...parsed.options.env, account: value('--account') };
    else if (arg === '--region') parsed.options.env = { ...parsed.options.env, region: value('--region') };
    else if (arg === '--tag') {
      const tag = value('--tag');
      const at = tag.indexOf('=');
      if (at < 0) throw new UsageError(`--tag ${tag}: expected KEY=VALUE`);
      parsed.options.tags = { ...parsed.options.tags, [tag.slice(0, at)]: tag.slice(at + 1) };
    } else if (arg === '--fix') parsed.options.fixes = [...(parsed.options.fixes ?? []), value('--fix')];
    else if (arg === '--template') parsed.template = true;
    else if (arg === '--yaml') parsed.yaml = true;
    else if (arg === '--help' || arg === '-h') throw new UsageError(USAGE);
    else if (arg.startsWith('--')) throw new UsageError(`unknown flag ${arg}\n${USAGE}`);
    else if (parsed.input !== undefined) throw new UsageError(`only one props file may be given\n${USAGE}`);
    else parsed.input = arg;
  }
  if (parsed.id === undefined) throw new UsageError(`--id is required\n${USAGE}`);
  return parsed;
}

function readInput(input) {
  const source = input === undefined || input === '-' ? 0 : input;
  try {
    return fs.readFileSync(source, 'utf8');
  } catch (e) {
    throw new UsageError(source === 0 ? `cannot read stdin: ${e.message}` : `cannot read ${input}: ${e.message}`);
  }
}

function main(argv) {
  let args;
  let props;
  try {
    args = parseArgs(argv);
    const text = readInput(args.input);
    try {
      props = JSON.parse(text);
    } catch (e) {
      throw new UsageError(`props are not valid JSON: ${e.message}`);
    }
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`${e.message}\n`);
    return 2;
  }
  const { options } = args;
  try {
    const { warnings } = synth(args.id, props, options);
    for (const w of warnings) process.stderr.write(`warning: ${w.path}: ${w.message}\n`);
    const render = args.template ? (args.yaml ? synthTemplateYaml : synthTemplate) : args.yaml ? synthYaml : synthJson;
    const out = render(args.id, props, options);
    process.stdout.write(`${out.replace(/\n+$/, '')}\n`);
    return 0;
  } catch (e) {
    if (!e || e.name !== 'SynthError') throw e;
    const lines = [e.message.trimEnd()];
    for (const d of e.diagnostics) lines.push(`  ${d.path === '' ? '/' : d.path} [${d.code}]: ${d.message}`);
    process.stderr.write(`${lines.join('\n')}\n`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
