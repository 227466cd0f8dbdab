/** Every command's synopsis and what it does, once: `help`, `<command> --help` and errors print these. */
export const COMMAND_HELP = {
  parse: {
    synopsis: 'parse <file.html|file.pdf|file.txt> [--format json|text] [--url URL]',
    about: 'Print the profile read from one CV: JSON (default) or a readable summary.',
  },
  refs: {
    synopsis: 'refs <file> [--format json]',
    about: 'Read one reference per line into publications ("et al." kept as authorsIncomplete).',
  },
  annotate: {
    synopsis: 'annotate <file> [--format json|text] [--data DIR] [--url URL]',
    about:
      'The profile checked against the scholarly sources, cached in DIR: JSON, or (text) a verdict\n' +
      'per publication. Exit 3 when no source could be asked or answered.',
  },
  add: {
    synopsis: 'add <file...> [--data DIR] [--url URL]',
    about: 'Parse CVs and store them as candidates (the same person on two documents is merged).',
  },
  list: {
    synopsis: 'list [--format text|json] [--data DIR]',
    about: 'The stored candidates, one per line under a header.',
  },
  export: {
    synopsis: 'export --format json|csv|bibtex|jsonresume [--candidate ID|PREFIX|NAME] [--data DIR]',
    about:
      'Write the store (json is the re-importable backup), or one candidate: --candidate takes an id,\n' +
      'a unique start of one, or a name.',
  },
  import: {
    synopsis: 'import <backup.json> [--data DIR]',
    about: 'Merge a JSON backup into the store; a bad backup changes nothing.',
  },
  help: { synopsis: 'help [command]', about: 'This text, or one command’s.' },
} as const;

export type CommandName = keyof typeof COMMAND_HELP;

export function isCommand(name: string): name is CommandName {
  return Object.hasOwn(COMMAND_HELP, name);
}

const OPTIONS = `options:
  --data DIR      the candidate store and the scholar cache (default: the user's data folder)
  --url URL       the page's own address: relative links resolve against it; add records it
  --help, -h      help for the command`;

/** The whole usage, or one command's. */
export function usage(command: CommandName | null = null): string {
  const prefix = 'usage: npm run --silent cli -- ';
  if (command) {
    const help = COMMAND_HELP[command];
    return `${prefix}${help.synopsis}\n\n${help.about}\n\n${OPTIONS}`;
  }
  const lines = Object.values(COMMAND_HELP).map((help) => `  ${help.synopsis}`);
  return `${prefix}<command> [options]\n${lines.join('\n')}\n\n${OPTIONS}`;
}
