'use strict';
// Engine props (plain JSON, see the engine's props contract) -> props for the real construct.
// Reference objects made by `refs` below map back to the real CDK objects they were built from,
// so scenarios can write the engine JSON once and derive the construct props from it.

const cdk = require('aws-cdk-lib');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const kms = require('aws-cdk-lib/aws-kms');
const s3 = require('aws-cdk-lib/aws-s3');

const DURATION_UNITS = ['days', 'hours', 'minutes', 'seconds', 'millis'];

// Enums accept the member name or its value (they differ for several CDK enums).
function enumOf(enumObj, what) {
  return (value) => {
    if (typeof value !== 'string') return value;
    if (Object.prototype.hasOwnProperty.call(enumObj, value)) return enumObj[value];
    for (const k of Object.keys(enumObj)) {
      const v = enumObj[k];
      if (v === value || (v && typeof v === 'object' && v.value === value)) return v;
    }
    throw new Error(`convert: unknown ${what} ${JSON.stringify(value)}`);
  };
}

const streamMode = enumOf(kinesis.StreamMode, 'StreamMode');
const streamEncryption = enumOf(kinesis.StreamEncryption, 'StreamEncryption');
const shardLevelMetric = enumOf(kinesis.ShardLevelMetrics, 'ShardLevelMetrics');
const bucketEncryption = enumOf(s3.BucketEncryption, 'BucketEncryption');
const removalPolicy = enumOf(cdk.RemovalPolicy, 'RemovalPolicy');
const objectOwnership = enumOf(s3.ObjectOwnership, 'ObjectOwnership');
const objectLockMode = enumOf(s3.ObjectLockMode, 'ObjectLockMode');
const partitionDateSource = enumOf(s3.PartitionDateSource, 'PartitionDateSource');
const transitionDefaultMinimumObjectSize = enumOf(s3.TransitionDefaultMinimumObjectSize, 'TransitionDefaultMinimumObjectSize');
const storageClassStatic = {};
for (const k of Object.getOwnPropertyNames(s3.StorageClass)) {
  if (s3.StorageClass[k] instanceof s3.StorageClass) storageClassStatic[k] = s3.StorageClass[k];
}
const storageClassEnum = enumOf(storageClassStatic, 'StorageClass');
const storageClass = (v) => {
  try {
    return storageClassEnum(v);
  } catch (e) {
    return new s3.StorageClass(v); // CDK allows custom storage classes
  }
};

function isIntrinsic(v) {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::'));
}

function isDuration(v) {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return keys.length === 1 && DURATION_UNITS.includes(keys[0]) && typeof v[keys[0]] === 'number';
}

function duration(v) {
  if (!isDuration(v)) return v;
  const [unit] = Object.keys(v);
  return cdk.Duration[unit](v[unit]);
}

class Converter {
  constructor(stack) {
    this.stack = stack;
    this.real = new WeakMap(); // reference JSON object -> real CDK object
    this.keyCount = 0;
  }

  // Strings or intrinsics -> what CDK takes as a string.
  str(v) {
    return isIntrinsic(v) ? cdk.Token.asString(v) : v;
  }

  // L1 (CloudFormation) props: camelCase JSON as-is, intrinsics become tokens.
  l1(v) {
    if (v === null || typeof v !== 'object') return v;
    if (this.real.has(v)) return this.real.get(v);
    if (Array.isArray(v)) return v.map((x) => this.l1(x));
    if (isIntrinsic(v)) return cdk.Token.asString(v);
    const out = {};
    for (const [k, x] of Object.entries(v)) out[k] = this.l1(x);
    return out;
  }

  key(v) {
    if (v === undefined || v === null || typeof v !== 'object') return v;
    if (this.real.has(v)) return this.real.get(v);
    if (v.keyArn !== undefined) {
      this.keyCount += 1;
      return kms.Key.fromKeyArn(this.stack, `ImportedKey${this.keyCount}`, this.str(v.keyArn));
    }
    return v;
  }

  object(v) {
    if (v && typeof v === 'object' && this.real.has(v)) return this.real.get(v);
    return v;
  }

  streamProps(p) {
    if (!p || typeof p !== 'object') return p;
    const out = { ...p };
    if ('streamName' in out) out.streamName = this.str(out.streamName);
    if ('retentionPeriod' in out) out.retentionPeriod = duration(out.retentionPeriod);
    if ('encryption' in out) out.encryption = streamEncryption(out.encryption);
    if ('encryptionKey' in out) out.encryptionKey = this.key(out.encryptionKey);
    if ('streamMode' in out) out.streamMode = streamMode(out.streamMode);
    if ('removalPolicy' in out) out.removalPolicy = removalPolicy(out.removalPolicy);
    if (Array.isArray(out.shardLevelMetrics)) out.shardLevelMetrics = out.shardLevelMetrics.map(shardLevelMetric);
    return out;
  }

  transition(t) {
    if (!t || typeof t !== 'object') return t;
    const out = { ...t };
    if ('storageClass' in out) out.storageClass = storageClass(out.storageClass);
    if ('transitionAfter' in out) out.transitionAfter = duration(out.transitionAfter);
    if ('transitionDate' in out && typeof out.transitionDate === 'string') out.transitionDate = new Date(out.transitionDate);
    return out;
  }

  lifecycleRule(r) {
    if (!r || typeof r !== 'object') return r;
    const out = { ...r };
    for (const k of ['abortIncompleteMultipartUploadAfter', 'expiration', 'noncurrentVersionExpiration']) {
      if (k in out) out[k] = duration(out[k]);
    }
    if ('expirationDate' in out && typeof out.expirationDate === 'string') out.expirationDate = new Date(out.expirationDate);
    if (Array.isArray(out.transitions)) out.transitions = out.transitions.map((t) => this.transition(t));
    if (Array.isArray(out.noncurrentVersionTransitions)) {
      out.noncurrentVersionTransitions = out.noncurrentVersionTransitions.map((t) => this.transition(t));
    }
    if ('id' in out) out.id = this.str(out.id);
    if ('prefix' in out) out.prefix = this.str(out.prefix);
    return out;
  }

  tiering(c) {
    if (!c || typeof c !== 'object') return c;
    const out = { ...c };
    for (const k of ['archiveAccessTierTime', 'deepArchiveAccessTierTime']) if (k in out) out[k] = duration(out[k]);
    for (const k of ['name', 'prefix']) if (k in out) out[k] = this.str(out[k]);
    if (Array.isArray(out.tags)) out.tags = out.tags.map((t) => ({ key: this.str(t.key), value: this.str(t.value) }));
    return out;
  }

  bucketProps(p) {
    if (!p || typeof p !== 'object') return p;
    const out = { ...p };
    if ('encryption' in out) out.encryption = bucketEncryption(out.encryption);
    if ('encryptionKey' in out) out.encryptionKey = this.key(out.encryptionKey);
    if ('removalPolicy' in out) out.removalPolicy = removalPolicy(out.removalPolicy);
    if ('objectOwnership' in out) out.objectOwnership = objectOwnership(out.objectOwnership);
    if ('transitionDefaultMinimumObjectSize' in out) {
      out.transitionDefaultMinimumObjectSize = transitionDefaultMinimumObjectSize(out.transitionDefaultMinimumObjectSize);
    }
    if ('bucketName' in out) out.bucketName = this.str(out.bucketName);
    if ('serverAccessLogsPrefix' in out) out.serverAccessLogsPrefix = this.str(out.serverAccessLogsPrefix);
    if ('serverAccessLogsBucket' in out) out.serverAccessLogsBucket = this.object(out.serverAccessLogsBucket);
    if (Array.isArray(out.lifecycleRules)) out.lifecycleRules = out.lifecycleRules.map((r) => this.lifecycleRule(r));
    if (out.objectLockDefaultRetention && typeof out.objectLockDefaultRetention === 'object') {
      const { mode, duration: retention } = out.objectLockDefaultRetention;
      out.objectLockDefaultRetention = s3.ObjectLockRetention[objectLockMode(mode) === s3.ObjectLockMode.GOVERNANCE ? 'governance' : 'compliance'](duration(retention));
    }
    if (out.targetObjectKeyFormat && typeof out.targetObjectKeyFormat === 'object') {
      const { simplePrefix, partitionedPrefix } = out.targetObjectKeyFormat;
      if (simplePrefix) out.targetObjectKeyFormat = s3.TargetObjectKeyFormat.simplePrefix();
      else if (partitionedPrefix) {
        const source = partitionedPrefix.partitionDateSource;
        out.targetObjectKeyFormat = s3.TargetObjectKeyFormat.partitionedPrefix(source === undefined ? undefined : partitionDateSource(source));
      }
    }
    if (Array.isArray(out.intelligentTieringConfigurations)) {
      out.intelligentTieringConfigurations = out.intelligentTieringConfigurations.map((c) => this.tiering(c));
    }
    if (typeof out.blockPublicAccess === 'string') {
      const c = s3.BlockPublicAccess[out.blockPublicAccess];
      if (!c) throw new Error(`convert: unknown BlockPublicAccess ${out.blockPublicAccess}`);
      out.blockPublicAccess = c;
    } else if (out.blockPublicAccess && typeof out.blockPublicAccess === 'object') {
      out.blockPublicAccess = new s3.BlockPublicAccess(out.blockPublicAccess);
    }
    return out;
  }

  outputDataStore(o) {
    if (!o || typeof o !== 'object') return o;
    const out = { ...o };
    if ('existingS3OutputBucket' in out) out.existingS3OutputBucket = this.object(out.existingS3OutputBucket);
    if ('outputBucketProps' in out) out.outputBucketProps = this.bucketProps(out.outputBucketProps);
    return out;
  }

  props(engine) {
    const out = {};
    for (const [k, v] of Object.entries(engine)) {
      switch (k) {
        case 'kinesisStreamProps': out[k] = this.streamProps(v); break;
        case 'glueJobProps':
        case 'tableProps':
        case 'databaseProps':
        case 'fieldSchema': out[k] = this.l1(v); break;
        case 'outputDataStore': out[k] = this.outputDataStore(v); break;
        case 'existingStreamObj':
        case 'existingGlueJob':
        case 'existingDatabase':
        case 'existingTable':
        case 'etlCodeAsset': out[k] = this.object(v); break;
        default: out[k] = v; // unknown keys go through so the construct can judge them
      }
    }
    return out;
  }

  // Reference objects for real CDK objects, as the engine takes them (tokens resolved).
  register(json, obj) {
    this.real.set(json, obj);
    return json;
  }
}

function makeRefs(stack, conv) {
  const r = (v) => stack.resolve(v);
  return {
    stream(s) {
      const json = { streamArn: r(s.streamArn), streamName: r(s.streamName) };
      if (s.encryptionKey) json.encryptionKeyArn = r(s.encryptionKey.keyArn);
      return conv.register(json, s);
    },
    glueJob(job) {
      return conv.register({ ref: r(job.ref), role: r(job.role) }, job);
    },
    database(db) {
      return conv.register({ ref: r(db.ref), catalogId: r(db.catalogId) }, db);
    },
    table(t) {
      return conv.register({ ref: r(t.ref) }, t);
    },
    bucket(b) {
      const json = { bucketArn: r(b.bucketArn), bucketName: r(b.bucketName) };
      if (b.encryptionKey) json.encryptionKeyArn = r(b.encryptionKey.keyArn);
      // A bucket defined in this stack: the construct may add a bucket policy under it.
      if (b.node.defaultChild && cdk.Stack.of(b) === stack) {
        json.constructPath = b.node.path.split('/').slice(1).join('/');
      }
      return conv.register(json, b);
    },
    asset(a) {
      return conv.register({
        s3ObjectUrl: r(a.s3ObjectUrl),
        bucketName: r(a.s3BucketName),
        objectKey: r(a.s3ObjectKey),
        bucketArn: r(a.bucket.bucketArn),
      }, a);
    },
    key(k) {
      return conv.register({ keyArn: r(k.keyArn) }, k);
    },
    // A token (e.g. role.roleArn): the engine gets its resolved form, the construct the token.
    token(v) {
      const json = r(v);
      return json && typeof json === 'object' ? conv.register(json, v) : json;
    },
  };
}

// One-shot form: engine props -> construct props (imported keys are created in `stack`).
function convert(engine, stack) {
  return new Converter(stack).props(engine);
}

// Everything a scenario's build() may need, bound to its stack.
function makeLib(stack) {
  const conv = new Converter(stack);
  return {
    cdk,
    Construct: require('constructs').Construct,
    core: require('@aws-solutions-constructs/core'),
    glue: require('aws-cdk-lib/aws-glue'),
    iam: require('aws-cdk-lib/aws-iam'),
    kinesis,
    kms,
    s3,
    s3assets: require('aws-cdk-lib/aws-s3-assets'),
    assetPath: (name) => require('path').join(__dirname, 'assets', name),
    convert: (engine) => conv.props(engine),
    ref: makeRefs(stack, conv),
    resolve: (v) => stack.resolve(v),
    // The official construct with engine fixes applied as CDK writes them (see fixes.js).
    constructWithFixes: (parent, id, props, fixes) => require('./fixes').constructWithFixes(
      require('@aws-solutions-constructs/aws-kinesisstreams-gluejob').KinesisstreamsToGluejob, parent, id, props, fixes),
  };
}

module.exports = { convert, Converter, makeRefs, makeLib, isIntrinsic, duration };
