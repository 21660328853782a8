'use strict';
// Group random-stacks: seeded random props (random.js's plans) in stacks as users have them: a
// random env (account, region of several partitions, both, neither), 0-5 tags from keys CDK
// accepts (unicode, spaces, colons, reserved prefixes), and a random stack name. Invalid draws
// add one fault of the props or of the stack. Redraws as in random.js keep regeneration stable.

const { parts } = require('./random');

const { seedFor, mulberry32, tools, validPlan, FAULTS, ACCOUNTS, toScenario, summary, drawMany } = parts;

const SEED = seedFor(0x57ac4e11);
const VALID = 220;
const INVALID = 40;

const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-7', 'cn-north-1', 'cn-northwest-1', 'us-gov-west-1', 'us-iso-east-1', 'us-isob-east-1', 'eusc-de-east-1', 'xx-unknown-1'];
const TAG_KEYS = ['owner', 'Owner', 'env', 'cost center', 'app:name', 'app:tier', 'Ünïcode', 'é', 'z', '10', '2', '_x', '-y', 'aws:reserved', 'team/data', 'k=v', 'Name', 'a b c'];
const TAG_VALUES = ['data', '', 'x y', 'a:b', '日本', 'ünï', '0', 'true', 'v'.repeat(260)];
const STACK_NAMES = [undefined, undefined, 'Stack', 'MyStack', 'prod-etl', 'A', 'Team/Etl', `L${'y'.repeat(130)}`];

// Stack-level faults aws-cdk-lib refuses.
const STACK_FAULTS = [
  ['stack-name-digit', (t, s) => { s.stackName = `${t.int(0, 9)}stack`; }],
  ['stack-name-char', (t, s) => { s.stackName = `my${t.pick(['_', ' ', '.', 'ä', '!'])}stack`; }],
  ['env-account-type', (t, s) => { s.env = { ...(s.env || {}), account: t.pick([123456789012, true, ['123456789012']]) }; }],
  ['env-region-type', (t, s) => { s.env = { ...(s.env || {}), region: t.pick([1, false, { name: 'us-east-1' }]) }; }],
];

function stackPlan(t) {
  const stack = {};
  const name = t.pick(STACK_NAMES);
  if (name !== undefined) stack.stackName = name;
  const shape = t.pick(['none', 'account', 'region', 'both', 'both', 'both']);
  if (shape !== 'none') {
    stack.env = {};
    if (shape !== 'region') stack.env.account = t.pick(ACCOUNTS);
    if (shape !== 'account') stack.env.region = t.pick(REGIONS);
  }
  const count = t.int(0, 5);
  if (count > 0) {
    stack.tags = {};
    for (let i = 0; i < count; i++) stack.tags[t.pick(TAG_KEYS)] = t.pick(TAG_VALUES);
  }
  return stack;
}

function withStack(sc, stack) {
  const bits = [];
  if (stack.stackName !== undefined) bits.push(`stack ${JSON.stringify(stack.stackName.slice(0, 20))}`);
  if (stack.env) bits.push(`env ${JSON.stringify(stack.env)}`);
  if (stack.tags) bits.push(`${Object.keys(stack.tags).length} tags`);
  return { ...sc, ...stack, description: `${sc.description}; ${bits.join(', ') || 'plain stack'}` };
}

function produce(run) {
  const t = tools(mulberry32(SEED));
  const valid = drawMany('random-stack-valid', VALID, 'ok', (name) => {
    const plan = validPlan(t);
    return withStack(toScenario(name, `random valid combination: ${summary(plan)}`, plan, 'ok'), stackPlan(t));
  }, run);
  const invalid = drawMany('random-stack-invalid', INVALID, 'error', (name) => {
    const plan = validPlan(t);
    const stack = stackPlan(t);
    let fault;
    if (t.chance(0.5)) {
      fault = t.pick(STACK_FAULTS);
      fault[1](t, stack);
    } else {
      fault = t.pick(FAULTS);
      fault[1](t, plan.props);
    }
    return withStack(toScenario(name, `random invalid (${fault[0]}): ${summary(plan)}`, plan, 'error'), stack);
  }, run);
  return [...valid, ...invalid];
}

module.exports = { produce };
