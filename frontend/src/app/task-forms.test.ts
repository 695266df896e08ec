/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TASK_FORMS } from './task-forms';

// Vitest runs in frontend/, beside the models' module
const MODELS = resolve(process.cwd(), '../processes/bpmn');

/** The form key of every user task in the deployed models ('' for none), with its model file. */
function formKeys(): [string, string][] {
  return readdirSync(MODELS)
    .filter((file) => file.endsWith('.bpmn'))
    .flatMap((file) =>
      [...readFileSync(resolve(MODELS, file), 'utf8').matchAll(/<bpmn:userTask\b[^>]*>/g)].map(
        ([tag]): [string, string] => [file, /camunda:formKey="([^"]+)"/.exec(tag)?.[1] ?? ''],
      ),
    );
}

// Every other task is drawn from the server's description of its step; the backend's
// StepContractIntegrationTests checks that each form key of the models has exactly one step.
describe('task forms', () => {
  it('finds a form key on every user task of every model', () => {
    const keys = formKeys();
    expect(keys.length).toBeGreaterThan(30);
    expect(keys.filter(([, key]) => key === '')).toEqual([]);
  });

  it('has no hand-built form for a task no model has', () => {
    const keys = new Set(formKeys().map(([, key]) => key));
    expect(Object.keys(TASK_FORMS).filter((key) => !keys.has(key))).toEqual([]);
  });
});
