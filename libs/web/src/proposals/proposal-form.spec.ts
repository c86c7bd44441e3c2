import { actionOf, submissionIdOf, submitInput, updateInput } from './proposal-form';

describe('the proposal form', () => {
  it('keeps a posted submission id, and makes a new one for anything else', () => {
    const id = '6f1c1b9e-2f4b-4c4e-9a43-0c5d7e2b8a11';
    expect(submissionIdOf({ soumission: id })).toBe(id);
    for (const posted of [undefined, '', 'pas-un-uuid', [id], `${id}x`]) {
      const made = submissionIdOf({ soumission: posted });
      expect(made).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(made).not.toBe(id);
    }
    expect(submissionIdOf()).not.toBe(submissionIdOf());
  });

  it('reads the button pressed, an unknown one as a preview (which stores nothing)', () => {
    expect(actionOf({ action: 'publish' })).toBe('publish');
    expect(actionOf({ action: 'draft' })).toBe('draft');
    expect(actionOf({ action: 'save' })).toBe('save');
    expect(actionOf({ action: 'delete' })).toBe('preview');
    expect(actionOf({})).toBe('preview');
  });

  it('sends empty optional fields as null, and the rest as typed', () => {
    const values = { title: ' Des bancs au parc ', body: 'Texte', categoryId: '', districtId: ' ', address: '' };
    expect(submitInput('c1', values, 's1', true)).toEqual({
      consultationId: 'c1',
      title: ' Des bancs au parc ',
      body: 'Texte',
      categoryId: null,
      districtId: null,
      address: null,
      submissionId: 's1',
      draft: true,
    });
    expect(updateInput('p1', { ...values, categoryId: 'k1', address: 'Place du Capitole' })).toEqual({
      proposalId: 'p1',
      title: ' Des bancs au parc ',
      body: 'Texte',
      categoryId: 'k1',
      districtId: null,
      address: 'Place du Capitole',
    });
  });
});
