'use strict';
// Group random-fixes: seeded random props (random.js's plans) with a random set of the engine's
// opt-in fixes; the expected templates are the official construct plus the aws-cdk-lib calls that
// correct it (../fixes.js), as in f-fixes. Redraws as in random.js keep regeneration stable.

const { parts } = require('./random');

const { seedFor, mulberry32, tools, validPlan, toScenario, summary, drawMany } = parts;

const SEED = seedFor(0x0f1fe5a1);
const VALID = 60;

const FIXES = ['alarmStreamDimension', 'streamKeyDecrypt', 'multipleInstances'];

function produce(run) {
  const t = tools(mulberry32(SEED));
  return drawMany('random-fixes-valid', VALID, 'ok', (name) => {
    const plan = validPlan(t);
    let fixes = FIXES.filter(() => t.chance(0.5));
    if (fixes.length === 0) fixes = [t.pick(FIXES)];
    return { ...toScenario(name, `random valid combination with fixes ${fixes.join(', ')}: ${summary(plan)}`, plan, 'ok'), fixes };
  }, run);
}

module.exports = { produce };
