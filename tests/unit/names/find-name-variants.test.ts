import { describe, expect, it } from 'vitest';
import { findNameVariants } from '../../../utils/names/find-name-variants';

describe('findNameVariants', () => {
  it('reads a variant stated in prose and keeps the sentence as evidence', () => {
    const text =
      'Selected Publications\nNote: previously I used my Welsh name, Bryn. For a complete list, see my page.';
    expect(findNameVariants('Hayder Elesedy', text, [])).toEqual([
      { name: 'Bryn Elesedy', evidence: 'Note: previously I used my Welsh name, Bryn.' },
    ]);
  });

  it('understands née and "also published as"', () => {
    expect(findNameVariants('Anna Smith', 'Anna Smith (née Jones) is a statistician.', [])[0]?.name).toBe(
      'Anna Jones',
    );
    expect(findNameVariants('Anna Smith', 'I have also published as Anna Jones.', [])[0]?.name).toBe(
      'Anna Jones',
    );
  });

  it('takes no company for a name ("formerly Google [x]")', () => {
    expect(findNameVariants('Hayder Elesedy', 'AI Resident, X (formerly Google [x]).', [])).toEqual([]);
  });

  it('finds a bold namesake in an author list, but not an unmarked one', () => {
    const raw = 'Title. Bryn Elesedy, Marcus Hutter. Preprint, 2023.';
    const marked = findNameVariants('Hayder Elesedy', '', [
      { authors: ['Bryn Elesedy', 'Marcus Hutter'], marked: 0, raw },
    ]);
    expect(marked).toEqual([{ name: 'Bryn Elesedy', evidence: raw }]);
    expect(
      findNameVariants('Hayder Elesedy', '', [{ authors: ['Bryn Elesedy'], marked: null, raw }]),
    ).toEqual([]);
  });
});
