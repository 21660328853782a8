'use strict';
// CDKMetadata's Analytics lists the classes an app used (gzip, base64, prefix-encoded). The one
// entry allowed to differ is the pattern's own class: the adapter must not report itself as the
// official construct; every other class and version must be the same.

const crypto = require('crypto');
const zlib = require('zlib');
const { differences } = require('./harness.cjs');

const OFFICIAL_CLASS = '@aws-solutions-constructs/aws-kinesisstreams-gluejob.KinesisstreamsToGluejob';

/** `2.{276.0!a.{B,C},104.0!d.E}` -> ['2.276.0!a.B', '2.276.0!a.C', '2.104.0!d.E']. */
function expand(text) {
  let i = 0;
  const parseList = () => {
    const out = [];
    for (;;) {
      out.push(...parseItem());
      if (text[i] === ',') i++;
      else return out;
    }
  };
  const parseItem = () => {
    let prefix = '';
    while (i < text.length && !',{}'.includes(text[i])) prefix += text[i++];
    if (text[i] !== '{') return [prefix];
    i++;
    const inner = parseList();
    i++; // '}'
    return inner.map((s) => prefix + s);
  };
  return parseList();
}

function decode(analytics) {
  const [, , data] = analytics.split(':');
  return expand(zlib.gunzipSync(Buffer.from(data, 'base64')).toString('utf8'));
}

const isPatternClass = (entry) => /KinesisstreamsToGluejob/.test(entry);

/**
 * The side's result with each Analytics replaced by its decoded classes, less the pattern's own.
 * A template's asset hash is the sha256 of the template as written, so it follows the Analytics:
 * that exact hash becomes a marker naming the template wherever it appears (assets, manifest).
 */
function normalize(result, claims) {
  if (!result.files) return result;
  const templateHashes = [];
  const files = {};
  for (const [name, text] of Object.entries(result.files)) {
    if (!name.endsWith('.template.json')) {
      files[name] = text;
      continue;
    }
    templateHashes.push([crypto.createHash('sha256').update(text).digest('hex'), `<sha256 of ${name}>`]);
    const template = JSON.parse(text);
    const meta = template.Resources && template.Resources.CDKMetadata;
    if (meta && typeof meta.Properties.Analytics === 'string') {
      const entries = decode(meta.Properties.Analytics);
      for (const e of entries) if (e.endsWith(OFFICIAL_CLASS)) claims.push(`${name}: ${e}`);
      meta.Properties.Analytics = entries.filter((e) => !isPatternClass(e)).sort();
    }
    files[name] = JSON.stringify(template, null, 1);
  }
  for (const name of Object.keys(files)) {
    if (name.endsWith('.template.json')) continue;
    if (name.endsWith('.assets.json')) files[name] = neutralDestinationKeys(files[name], templateHashes);
    for (const [hash, marker] of templateHashes) files[name] = files[name].split(hash).join(marker);
  }
  return { ...result, files };
}

// An asset manifest keys each destination by the first 8 hex digits of the sha256 of that
// destination, which names the template's hash: such a key (checked to be exactly that) gets a marker.
function neutralDestinationKeys(text, templateHashes) {
  const manifest = JSON.parse(text);
  for (const asset of Object.values(manifest.files || {})) {
    const renamed = {};
    for (const [key, dest] of Object.entries(asset.destinations || {})) {
      const written = JSON.stringify(dest);
      const own = crypto.createHash('sha256').update(written).digest('hex').slice(0, 8);
      const namesTemplate = templateHashes.some(([hash]) => written.includes(hash));
      renamed[namesTemplate && key.endsWith(`-${own}`) ? `${key.slice(0, -own.length)}<destination hash>` : key] = dest;
    }
    if (asset.destinations) asset.destinations = renamed;
  }
  return JSON.stringify(manifest, null, 2);
}

function analyticsDifferences(want, got) {
  const officialClaims = [];
  const adapterClaims = [];
  const found = differences(normalize(want, officialClaims), normalize(got, adapterClaims));
  if (want.files && officialClaims.length === 0) found.push('the official construct\'s Analytics does not name it (the comparison would be empty)');
  // In the self-check (KINGLU_SELF_CHECK=1) both sides are the official construct, which names itself.
  if (process.env.KINGLU_SELF_CHECK !== '1') for (const claim of adapterClaims) found.push(`the adapter reports itself as the official construct in Analytics: ${claim}`);
  return found;
}

module.exports = { analyticsDifferences, expand };
