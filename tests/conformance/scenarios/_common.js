'use strict';
// Shared building blocks for scenario files (files starting with "_" are not scenario lists).

const FIELD_SCHEMA = [
  { name: 'id', type: 'int', comment: 'Identifier for the record' },
  { name: 'name', type: 'string', comment: 'The name of the record' },
  { name: 'type', type: 'string', comment: 'The type of the record' },
  { name: 'numericvalue', type: 'int', comment: 'Some value associated with the record' },
];

const SCRIPT = 's3://fakelocation/fakefile.py';

function command(extra) {
  return { name: 'gluestreaming', pythonVersion: '3', scriptLocation: SCRIPT, ...extra };
}

// The upstream integ "no arguments" props, with overrides merged at the top level.
// `extra` is not copied: reference objects inside it must keep their identity (see convert.js).
function minimal(extra = {}) {
  return { glueJobProps: { command: command() }, fieldSchema: clone(FIELD_SCHEMA), ...extra };
}

// Same, with glueJobProps keys merged in.
function withJob(jobExtra, extra = {}) {
  return minimal({ glueJobProps: { command: command(), ...jobExtra }, ...extra });
}

function clone(v) {
  return v === undefined ? v : JSON.parse(JSON.stringify(v));
}

// A scenario whose props are plain engine JSON.
function simple(name, description, engine, opts = {}) {
  return {
    name,
    description,
    expect: 'ok',
    ...opts,
    build(stack, lib) {
      const e = clone(engine);
      return { engine: e, construct: lib.convert(e) };
    },
  };
}

module.exports = { FIELD_SCHEMA, SCRIPT, command, minimal, withJob, clone, simple };
