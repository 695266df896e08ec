import { TASK_FORMS } from './task-forms';

// Every model the backend deploys, read as text at build time.
const MODELS = import.meta.glob<string>('../../../processes/bpmn/*.bpmn', {
  query: '?raw',
  import: 'default',
  eager: true,
});

function formKeys(xml: string): string[] {
  return [...xml.matchAll(/camunda:formKey="([^"]+)"/g)].map((match) => match[1]);
}

describe('TASK_FORMS', () => {
  it('reads the models of the processes module', () => {
    expect(Object.keys(MODELS)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/infringement-adjudication\.bpmn$/),
        expect.stringMatching(/mediation\.bpmn$/),
        expect.stringMatching(/appeal-window\.bpmn$/),
      ]),
    );
  });

  it.each(Object.entries(MODELS))('has a form for every user task of %s', (_, xml) => {
    const keys = formKeys(xml);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((key) => !(key in TASK_FORMS))).toEqual([]);
  });
});
