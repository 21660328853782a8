'use strict';
// Group random-fixes: seeded random props (random.js's plans) with a random set of the engine's
// opt-in fixes; the expected templates are the official construct plus the aws-cdk-lib calls that
// correct it (../fixes.js), as in f-fixes. Redraws as in random.js keep regeneration stable.

const { parts } = require('./random');

const { seedFor, mulberry32, tools, validPlan, toScenario, summary } = parts;

const SEED = seedFor(0x0f1fe5a1);
const VALID = 60;
const MAX_TRIES = 50;

const FIXES = ['alarmStreamDimension', 'streamKeyDecrypt', 'multipleInstances'];

function produce(run) {
  const t = tools(mulberry32(SEED));
  const out = [];
  for (let i = 0; i < VALID; i++) {
    const name = `random-fixes-valid-${String(i).padStart(3, '0')}`;
    let sc;
    for (let tries = 0; ; tries++) {
      if (tries >= MAX_TRIES) throw new Error(`${name}: no valid draw in ${MAX_TRIES} tries`);
      const plan = validPlan(t);
      let fixes = FIXES.filter(() => t.chance(0.5));
      if (fixes.length === 0) fixes = [t.pick(FIXES)];
      sc = { ...toScenario(name, `random valid combination with fixes ${fixes.join(', ')}: ${summary(plan)}`, plan, 'ok'), fixes };
      if (run(sc).error === undefined) break;
    }
    out.push(sc);
  }
  return out;
}

module.exports = { produce };
