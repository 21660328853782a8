'use strict';
// Group random-buckets: seeded random props (random.js's plans) whose output bucket also draws the
// props random.js leaves out, several at once: CORS rules, metrics, intelligent tiering, Object
// Lock, the access-log key format, the lifecycle's other fields and its minimum transition size,
// a server access logs bucket of the stack. Redraws as in random.js keep regeneration stable.

const { parts } = require('./random');

const { seedFor, mulberry32, tools, validPlan, toScenario, summary, drawMany } = parts;

const SEED = seedFor(0xb0c4e75);
const VALID = 40;

const days = (t, lo, hi) => ({ days: t.int(lo, hi) });

function extraBucketProps(t, p) {
  if (t.chance(0.3)) {
    p.cors = Array.from({ length: t.int(1, 2) }, () => ({
      allowedMethods: t.subset(['GET', 'PUT', 'HEAD', 'POST', 'DELETE'], 0.5).concat('GET').filter((m, i, all) => all.indexOf(m) === i),
      allowedOrigins: [t.pick(['*', 'https://example.com'])],
      ...(t.chance(0.5) ? { allowedHeaders: ['*'] } : {}),
      ...(t.chance(0.3) ? { maxAge: t.int(0, 3600) } : {}),
    }));
  }
  if (t.chance(0.3)) p.metrics = [{ id: `m${t.int(0, 9)}`, ...(t.chance(0.5) ? { prefix: 'out/' } : {}) }];
  if (t.chance(0.25)) {
    p.intelligentTieringConfigurations = [{
      name: `tier${t.int(0, 9)}`,
      ...(t.chance(0.5) ? { prefix: 'output/' } : {}),
      ...(t.chance(0.6) ? { archiveAccessTierTime: days(t, 90, 200) } : {}),
      ...(t.chance(0.4) ? { deepArchiveAccessTierTime: days(t, 180, 400) } : {}),
    }];
  }
  if (t.chance(0.2)) {
    if (t.chance(0.5)) p.objectLockEnabled = true;
    if (t.chance(0.6)) p.objectLockDefaultRetention = { mode: t.pick(['GOVERNANCE', 'COMPLIANCE']), duration: days(t, 1, 400) };
  }
  if (t.chance(0.25)) {
    p.targetObjectKeyFormat = t.chance(0.4)
      ? { simplePrefix: {} }
      : { partitionedPrefix: t.chance(0.5) ? {} : { partitionDateSource: t.pick(['EVENT_TIME', 'DELIVERY_TIME']) } };
  }
  if (t.chance(0.2)) p.transitionDefaultMinimumObjectSize = t.pick(['ALL_STORAGE_CLASSES_128_K', 'VARIES_BY_STORAGE_CLASS']);
  if (t.chance(0.3)) {
    const rule = { expiration: days(t, 30, 900) };
    if (t.chance(0.5)) rule.noncurrentVersionTransitions = [{ storageClass: t.pick(['GLACIER', 'DEEP_ARCHIVE']), transitionAfter: days(t, 30, 300) }];
    if (t.chance(0.4)) rule.noncurrentVersionsToRetain = t.int(1, 5);
    if (t.chance(0.3)) rule.objectSizeGreaterThan = t.int(0, 1000);
    if (t.chance(0.3)) rule.tagFilters = { team: 'data' };
    p.lifecycleRules = [...(p.lifecycleRules ?? []), rule];
  }
  if (t.chance(0.2)) p.serverAccessLogsBucket = { $existing: 'bucket' };
}

function produce(run) {
  const t = tools(mulberry32(SEED));
  return drawMany('random-buckets-valid', VALID, 'ok', (name) => {
    const plan = validPlan(t);
    const store = plan.props.outputDataStore;
    plan.props.outputDataStore = { datastoreType: 'S3', outputBucketProps: { ...(store?.outputBucketProps ?? {}) } };
    extraBucketProps(t, plan.props.outputDataStore.outputBucketProps);
    const drawn = Object.keys(plan.props.outputDataStore.outputBucketProps).join(', ') || 'none';
    return toScenario(name, `random valid combination with bucket props ${drawn}: ${summary(plan)}`, plan, 'ok');
  }, run);
}

module.exports = { produce };
