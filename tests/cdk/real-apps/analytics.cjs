'use strict';
// CDKMetadata's Analytics lists the classes an app used (gzip, base64, prefix-encoded). The one
// entry allowed to differ is the pattern's own class: the adapter must not report itself as the
// official construct; every other class and version must be the same.

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

/** The side's result with each Analytics replaced by its decoded classes, less the pattern's own. */
function normalize(result, claims) {
  if (!result.files) return result;
  const files = {};
  for (const [name, text] of Object.entries(result.files)) {
    if (!name.endsWith('.template.json')) {
      files[name] = text;
      continue;
    }
    const template = JSON.parse(text);
    const meta = template.Resources && template.Resources.CDKMetadata;
    if (meta && typeof meta.Properties.Analytics === 'string') {
      const entries = decode(meta.Properties.Analytics);
      for (const e of entries) if (e.endsWith(OFFICIAL_CLASS)) claims.push(`${name}: ${e}`);
      meta.Properties.Analytics = entries.filter((e) => !isPatternClass(e)).sort();
    }
    files[name] = JSON.stringify(template, null, 1);
  }
  return { ...result, files };
}

function analyticsDifferences(want, got) {
  const officialClaims = [];
  const adapterClaims = [];
  const found = differences(normalize(want, officialClaims), normalize(got, adapterClaims));
  if (want.files && officialClaims.length === 0) found.push('the official construct\'s Analytics does not name it (the comparison would be empty)');
  for (const claim of adapterClaims) found.push(`the adapter reports itself as the official construct in Analytics: ${claim}`);
  return found;
}

module.exports = { analyticsDifferences, expand };
